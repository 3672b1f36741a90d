# bytes and bytearray methods shared with str: search with start/end, case,
# predicates, padding, strip, partition, rsplit, splitlines, translate, and
# the bytearray mutators.
b = b'Hello World hello'
for args in [(b'l',), (b'l', 5), (b'l', 5, 9), (b'l', -4), (108,), (b'zz',), (b'', 3, 2), (b'',)]:
    print(args, b.find(*args), b.rfind(*args), b.count(*args))
for name in ['index', 'rindex']:
    try: getattr(b, name)(b'q')
    except ValueError as e: print(name, e)
for x in [b'hello world', b'HeLLo', b'', b'abc123', b'ABC', b'  \t\n', b'Hello World', b'Hello world', b'123', b'\xff']:
    print(x, x.capitalize(), x.swapcase(), x.title(), x.isalnum(), x.isalpha(), x.isascii(), x.isdigit(), x.islower(), x.isupper(), x.isspace(), x.istitle())
print(b'ab'.center(7, b'*'), b'ab'.center(6), b'abc'.center(6, b'-'), b'ab'.ljust(5, b'.'), b'ab'.rjust(5), b'-42'.zfill(6), b'42'.zfill(1), b'+'.zfill(3))
print(b'a\tbc\td\nx\ty'.expandtabs(), b'a\tb'.expandtabs(3), b'a\tb'.expandtabs(0))
print(b'  xx  '.lstrip(), b'  xx  '.rstrip(), b'xyaxy'.lstrip(b'xy'), b'xyaxy'.rstrip(b'yx'))
print(b'a,b,c'.partition(b','), b'a,b,c'.rpartition(b','), b'abc'.partition(b'x'), b'abc'.rpartition(b'x'))
print(b'prefix-x'.removeprefix(b'prefix-'), b'x.py'.removesuffix(b'.py'), b'x'.removesuffix(b'y'))
print(b'a b  c '.rsplit(), b'a b  c'.rsplit(None, 1), b'a,b,c'.rsplit(b',', 1), b'a,b,c'.rsplit(b','))
print(b'a\nb\r\nc\rd\n'.splitlines(), b'a\nb\r\nc\rd\n'.splitlines(True), b''.splitlines())
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), b'aabbcc'.translate(t), b'abcdef'.translate(None, b'bd'), b'abc'.translate(t, b'c'))
ba = bytearray(b'hello')
print(ba.upper(), ba.find(b'l', 3), ba.title(), ba.partition(b'l'), bytearray.maketrans(b'a', b'b') == bytes.maketrans(b'a', b'b'))
ba.insert(0, 65); ba.insert(-1, 66); ba.insert(100, 67); print(ba)
ba.remove(66); print(ba); ba.reverse(); print(ba)
c = ba.copy(); ba.clear(); print(ba, c)
c += b'!!'; print(c); c *= 2; print(c)
print(bytearray.fromhex('61 62'), b'ab'.__getnewargs__(), b'x'.__bytes__())
for stmt in ["b'a'.center(3, b'xy')", "b'a'.center(3, 'x')", "ba.remove(200)", "ba.remove(300)", "b'a'.translate(b'x')", "bytes.maketrans(b'a', b'')", "b'a'.partition(b'')", "b'a'.find('a')", "b'a'.find(b'a', 'x')", "b'abc'.rsplit(b'')", "c.__iadd__(5)"]:
    try: print(eval(stmt))
    except Exception as e: print(type(e).__name__, e)
