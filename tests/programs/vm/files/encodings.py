# UTF-8 by default; latin-1 and ascii when asked; the errors= handlers.
NAME = '_scratch_encodings.txt'

with open(NAME, 'w', encoding='latin-1') as f:
    print(repr(f))
    print(f.write('café ÿ'))
print(open(NAME, 'rb').read())
print(open(NAME, encoding='latin-1').read())
print(open(NAME, encoding='utf-8', errors='replace').read())
print(open(NAME, encoding='utf-8', errors='ignore').read())
try:
    open(NAME).read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    open(NAME, encoding='ascii').read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)

with open(NAME, 'w', encoding='ascii', errors='replace') as f:
    f.write('naïve')
print(open(NAME, encoding='ASCII').read())
try:
    with open(NAME, 'w', encoding='ascii') as f:
        f.write('naïve')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    open(NAME, encoding='no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)

with open(NAME, 'w', encoding='utf-8') as f:
    print(repr(f), f.write('日本語\n'))
with open(NAME, encoding='utf8') as f:
    print(repr(f), repr(f.read(2)), f.tell(), repr(f.read()))
open(NAME, 'w').close()
