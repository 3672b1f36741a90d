# binascii: hex and base64 conversions, checksums, and their errors.
import binascii

print(binascii.hexlify(b"\x01\xab\xff"), binascii.b2a_hex(b"abc"))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2),
      binascii.hexlify(b"\x01\x02\x03\x04\x05", ":", -2))
print(binascii.unhexlify("6162"), binascii.a2b_hex(b"ABcd"), binascii.unhexlify(bytearray(b"00")))
print(binascii.crc32(b""), binascii.crc32(b"abc"), binascii.crc32(b"def", binascii.crc32(b"abc")),
      binascii.crc32(b"abcdef"), binascii.crc32(b"x", -1))
print(binascii.crc_hqx(b"abc", 0), binascii.crc_hqx(b"abc", 0xffff), binascii.crc_hqx(b"", 5))
print(binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.b2a_base64(b""))
print(binascii.a2b_base64("aGk="), binascii.a2b_base64(b"aG\nk="), binascii.a2b_base64(b"aGk=garbage"))
print(binascii.a2b_base64(b"aGk=", strict_mode=True))
print(binascii.Error.__module__, binascii.Error.__mro__[1], binascii.Incomplete.__mro__[1])

attempts = [
    lambda: binascii.unhexlify(b"a"),
    lambda: binascii.unhexlify(b"zz"),
    lambda: binascii.unhexlify("é1"),
    lambda: binascii.hexlify("ab"),
    lambda: binascii.hexlify(b"ab", "--"),
    lambda: binascii.a2b_base64(b"a"),
    lambda: binascii.a2b_base64(b"abcde"),
    lambda: binascii.a2b_base64(b"ab"),
    lambda: binascii.a2b_base64(b"Z=m", strict_mode=True),
    lambda: binascii.a2b_base64(b"ab!c", strict_mode=True),
    lambda: binascii.a2b_base64(b"=abc", strict_mode=True),
    lambda: binascii.a2b_base64(b"ab==cd", strict_mode=True),
    lambda: binascii.a2b_base64(5),
    lambda: binascii.crc32("abc"),
]
for f in attempts:
    try:
        print(f())
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
