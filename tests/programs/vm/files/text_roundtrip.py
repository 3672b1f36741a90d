# Text files: write, append, read back whole, by size, by line, by iteration.
NAME = '_scratch_text_roundtrip.txt'

with open(NAME, 'w') as f:
    print(type(f).__name__, repr(f))
    print(f.name, f.mode, f.encoding, f.closed)
    print(f.write('hello\nworld\n'))
    print(f.write('é€\n'))
    print(f.writelines(['x\n', 'y\n']))
    print(f.readable(), f.writable(), f.seekable())
print(f.closed)

with open(NAME, 'a') as f:
    print(f.write('appended'))

f = open(NAME)
print(repr(f.read(3)), f.tell())
print(repr(f.readline()))
print(repr(f.readline(2)), repr(f.readline()))
print(f.readlines())
print(repr(f.read()), repr(f.readline()))
print(f.seek(0), repr(f.read()))
f.close()
f.close()
print(f.closed)

for line in open(NAME):
    print(repr(line))
print(list(open(NAME, 'rt')))

with open(NAME, 'r+') as f:
    print(repr(f), f.mode)
    f.write('HELLO')
    print(f.tell(), repr(f.readline()))
print(open(NAME).read().splitlines())

with open(NAME, 'w') as f:
    pass
print(repr(open(NAME).read()))
