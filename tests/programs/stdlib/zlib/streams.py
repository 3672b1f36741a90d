# zlib: round trips in the zlib, raw and gzip framings at every level,
# streams CPython compressed, the streaming objects, checksums, and errors.
# (Compressed bytes are not printed: another deflate implementation may
# choose different, equally valid, encodings.)
import zlib

data = b"The quick brown fox jumps over the lazy dog. " * 50
for level in [-1, 0, 1, 6, 9]:
    for wbits in [15, -15, 31, 9]:
        packed = zlib.compress(data, level, wbits)
        print(level, wbits, zlib.decompress(packed, wbits) == data, len(packed) < len(data) or level == 0)
print(zlib.decompress(zlib.compress(b"")), zlib.decompress(zlib.compress(b"x", wbits=31), 47))

from_cpython = b"x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00\x1a\x0b\x04]"
print(zlib.decompress(from_cpython), zlib.decompress(from_cpython, 47))
gz = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00\x85\x11J\r\x0b\x00\x00\x00"
print(zlib.decompress(gz, 31), zlib.decompress(gz, 47))

c = zlib.compressobj(9)
parts = [c.compress(data[:100]), c.compress(data[100:]), c.flush()]
print(zlib.decompress(b"".join(parts)) == data)
d = zlib.decompressobj()
stream = zlib.compress(data) + b"trailing"
out = b"".join(d.decompress(stream[i:i + 37]) for i in range(0, len(stream), 37))
print(out == data, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.decompress(from_cpython[:5]), d.eof, d.decompress(from_cpython[5:]), d.eof, d.flush())

print(zlib.crc32(b"abc"), zlib.crc32(b"def", zlib.crc32(b"abc")), zlib.adler32(b"abc"), zlib.adler32(b""), zlib.adler32(b"x" * 10000, 7))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.Z_DEFAULT_COMPRESSION, zlib.DEF_BUF_SIZE)

attempts = [
    lambda: zlib.decompress(b""),
    lambda: zlib.decompress(b"garbage"),
    lambda: zlib.decompress(from_cpython[:-3]),
    lambda: zlib.compress(b"x", 10),
    lambda: zlib.compress("text"),
    lambda: zlib.decompress(b"x", 3),
]
for f in attempts:
    try:
        print(f())
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
print(issubclass(zlib.error, Exception))
