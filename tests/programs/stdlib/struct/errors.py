# struct: CPython's error messages.
import struct


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


for fmt, value in [("b", 200), ("<h", 70000), ("i", 2**40), ("<i", 2**40), ("q", 2**64),
                   ("Q", -1), ("B", -1), ("<I", -1), ("I", -1), ("<l", 2**40), ("l", 2**64),
                   ("L", -1), ("n", 2**64), ("H", -1), ("<I", 2**32), ("<Q", 2**64),
                   ("i", "x"), ("i", 1.5), ("f", "x"), ("c", b"ab"), ("c", "a"), ("s", "x"),
                   ("<e", 1e10), ("<f", 1e300), ("i", 2.0)]:
    attempt(lambda: struct.pack(fmt, value))
attempt(lambda: struct.pack("ii", 1))
attempt(lambda: struct.pack("i", 1, 2))
attempt(lambda: struct.pack("z", 1))
attempt(lambda: struct.pack("3", 1))
attempt(lambda: struct.pack("<n", 1))
attempt(lambda: struct.pack(" < i ", 1))
attempt(lambda: struct.unpack("i", b"abc"))
attempt(lambda: struct.unpack("i", "abcd"))
attempt(lambda: list(struct.iter_unpack("i", b"abcde")))
attempt(lambda: struct.unpack_from("i", b"abc", 1))
attempt(lambda: struct.pack_into("i", bytearray(2), 0, 1))
attempt(lambda: struct.Struct(3))
attempt(lambda: struct.calcsize("q!"))
print(issubclass(struct.error, Exception), struct.error.__module__)
