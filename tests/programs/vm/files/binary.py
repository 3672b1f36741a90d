# Binary files: bytes in, bytes out, the buffered classes, seek and tell.
NAME = '_scratch_binary.bin'

with open(NAME, 'wb') as f:
    print(repr(f), type(f).__name__, f.mode)
    print(f.write(b'abc\ndef\n\x00\xff'), f.tell())
    print(f.write(bytearray(b'!')))
    f.writelines([b'x', b'y\n'])

with open(NAME, 'rb') as f:
    print(repr(f), f.mode, f.name)
    print(f.read(2), f.tell())
    print(f.readline(), f.readline(1), f.readline())
    print(f.readlines())
    print(f.read(), f.seek(0), f.read(3))
    print(f.seek(-2, 2), f.read())
    print(f.seek(1), f.seek(2, 1), f.read(1), f.tell())

for line in open(NAME, 'rb'):
    print(line)

with open(NAME, 'ab') as f:
    print(repr(f), f.mode, f.write(b'tail'))
with open(NAME, 'r+b') as f:
    print(repr(f), f.mode, f.read(3))
    f.write(b'-')
    f.seek(0)
    print(f.read())
with open(NAME, 'w+b') as f:
    print(f.mode, f.read(), f.write(b'new'), f.seek(0), f.read())
with open(NAME, 'rb', buffering=0) as f:
    print(repr(f), type(f).__name__, f.read())
open(NAME, 'w').close()
