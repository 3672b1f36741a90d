# int() and float() of bytes and bytearray read their ASCII text; a bad
# literal is reported with the bytes' repr.
print(int(b"12"), int(bytearray(b" 7 ")), int(b"-0x1f", 16), int(b"0b101", 0), int(b"1_000"))
print(float(b"1.5"), float(bytearray(b" -2e3 ")), float(b"inf"), float(b"nan"))
for bad in [lambda: int(b"zz"), lambda: int(b"\xff"), lambda: int(bytearray(b"1.5")),
            lambda: int(b"12", 2), lambda: float(b"x1"), lambda: float(bytearray(b"")),
            lambda: float(b"\xe9"), lambda: int(b"9" * 5000)]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError", str(e)[:80])
