# struct.pack_into / unpack_from: offsets far past the buffer, and negative
# offsets, report CPython's messages (sizes computed without overflow).
import struct
import sys

buf = bytearray(10)
for fmt, offset in [('<I', sys.maxsize), ('<I', -2), ('<B', -11), ('b', 5), ('<I', 7), ('<I', -4)]:
    try:
        struct.pack_into(fmt, buf, offset, 1)
        print('packed', fmt, offset, bytes(buf))
    except struct.error as e:
        print('pack_into:', e)
    try:
        print('unpacked', struct.unpack_from(fmt, buf, offset))
    except struct.error as e:
        print('unpack_from:', e)
try:
    struct.unpack_from('<I', bytes(10), -11)
except struct.error as e:
    print('unpack_from:', e)
