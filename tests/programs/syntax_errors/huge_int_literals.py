# Decimal literals longer than 4300 digits are refused when parsed;
# hexadecimal, octal and binary ones of any length are not.
digits = "9" * 4300
print(len(str(eval(digits))))

try:
    compile("x = 1\ny = " + "9" * 5000, "big", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.lineno)
    print(e.msg)

value = eval("0x" + "f" * 100_000)
print(value.bit_length(), value % 1000003)
print(eval("0o" + "7" * 3000).bit_length(), eval("0b" + "1" * 5000).bit_length())
print(eval("0x_ffff_ffff_ffff_ffff_ff"), eval("1_000_000_000_000_000_000_000"))
