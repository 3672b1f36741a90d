# struct: packing and unpacking every format character in each byte order.
import struct

for fmt in ["<bBhHiIlLqQ", ">bBhHiIlLqQ", "!hI", "=hI", "@bhiq", "bhiq"]:
    values = (-1, 255, -300, 65535, -70000, 4000000000, -5, 6, -2**63, 2**64 - 1)[:len(fmt.lstrip("<>!=@"))]
    if fmt in ("!hI", "=hI"):
        values = (-2, 7)
    if fmt in ("@bhiq", "bhiq"):
        values = (-1, 2, -3, 4)
    packed = struct.pack(fmt, *values)
    print(fmt, struct.calcsize(fmt), packed.hex(), struct.unpack(fmt, packed) == values)
for fmt, value in [("<e", 1.5), (">e", -0.1), ("<f", 0.1), (">d", 0.1), ("<d", float("inf")),
                   ("<e", 65504.0), ("<e", 6e-8), ("<f", -0.0)]:
    packed = struct.pack(fmt, value)
    print(fmt, packed.hex(), struct.unpack(fmt, packed))
print(struct.pack("<?c3s", [], b"z", b"abcdef"), struct.unpack("<?c3s", b"\x02zab\x00"))
print(struct.pack("5s", b"ab"), struct.pack("3p", b"abcdef"), struct.unpack("3p", b"\x05ab"))
print(struct.pack("<2xh2x", 1), struct.calcsize("bi"), struct.calcsize("=bi"), struct.calcsize("bi0q"))
print(struct.pack("<3h", 1, 2, 3), struct.unpack("<3h", b"\x01\x00\x02\x00\x03\x00"))
print(struct.pack(b"<i", True), struct.pack("<Q", 2**63), struct.unpack("<Q", b"\xff" * 8))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
print(struct.unpack_from("<h", b"\x00\x01\x00\x02", 2), struct.unpack_from("<h", b"\x00\x01\x00\x02", offset=-2))
s = struct.Struct("<2i")
print(s.format, s.size, s.pack(1, -1), s.unpack(b"\x05\x00\x00\x00\x06\x00\x00\x00"))
print(s.unpack_from(b"xx\x01\x00\x00\x00\x02\x00\x00\x00", 2), list(s.iter_unpack(bytes(16))))
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 258, -1)
print(buf)
s.pack_into(buf, 0, 7, 8)
print(buf)


class Index:
    def __index__(self):
        return 42


print(struct.pack("<i", Index()), struct.pack("<d", 3), struct.pack(" <i", 5) if False else "")
