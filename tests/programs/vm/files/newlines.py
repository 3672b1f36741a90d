# Universal newlines on read; newline='' and the fixed endings.
NAME = '_scratch_newlines.txt'

with open(NAME, 'wb') as f:
    f.write(b'one\r\ntwo\rthree\nfour\r\n\r\nlast')

print(open(NAME).read().split('\n'))
print(open(NAME).readlines())
print(open(NAME, newline='').readlines())
print(open(NAME, newline='\n').readlines())
print(open(NAME, newline='\r').readlines())
print(open(NAME, newline='\r\n').readlines())
with open(NAME) as f:
    print(repr(f.read(4)), f.tell(), repr(f.read(1)))

with open(NAME, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
print(open(NAME, 'rb').read())
with open(NAME, 'w', newline='') as f:
    f.write('a\r\nb\n')
print(open(NAME, 'rb').read())
with open(NAME, 'w') as f:
    f.write('c\nd\r\n')
print(open(NAME, 'rb').read())
open(NAME, 'w').close()
