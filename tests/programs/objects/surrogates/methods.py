# str methods on strings holding lone surrogates: searching, splitting,
# replacing, stripping, padding, case mapping and the is* predicates, which
# treat a surrogate as CPython does (not a letter, digit, space, cased or
# printable character; case mappings leave it alone); f-strings and
# translate keep them.
s = 'ab\ud800cd\ud800ef\udc80'
print(s.find('\ud800'), s.rfind('\ud800'), s.find('\ud800', 3), s.find('\udfff'), s.find('c', 0, 3))
print(s.index('d\ud800'), s.rindex('\udc80'), s.count('\ud800'), s.count('\ud800', 3), s.count(''))
print(repr(s.replace('\ud800', '+')), repr(s.replace('\ud800', '\udfff', 1)), repr(s.replace('', '|', 3)))
print([repr(p) for p in s.split('\ud800')], [repr(p) for p in s.rsplit('\ud800', 1)])
print([repr(p) for p in 'x \ud800\ty\n\udc80'.split()], [repr(p) for p in 'a\ud800\nb'.splitlines()])
print([repr(p) for p in s.partition('\ud800')], [repr(p) for p in s.rpartition('\ud800')])
print(s.startswith('ab\ud800'), s.startswith('\ud800', 2), s.endswith(('x', '\udc80')), s.endswith('\ud800', 0, 3))
print(repr('\ud800 a \ud800'.strip('\ud800')), repr('  \ud800  '.strip()), repr('\udc80x\udc80'.lstrip('\udc80')), repr('\udc80x\udc80'.rstrip('\udc80')))
print(repr(s.removeprefix('ab\ud800')), repr(s.removesuffix('f\udc80')), repr('\ud800'.center(5, '*')), repr('\ud800'.ljust(3)), repr('\ud800'.rjust(3, '\udc80')))
print(repr('-\ud800'.zfill(4)), repr('\ud800\tx'.expandtabs(4)))
print(repr(s.upper()), repr(s.lower()), repr('a\ud800b'.title()), repr('\ud800abc'.capitalize()), repr('aB\ud800'.swapcase()), repr('SS\ud800'.casefold()))
h = '\ud800'
print(h.isalpha(), h.isalnum(), h.isdigit(), h.isdecimal(), h.isnumeric(), h.isspace())
print(h.isupper(), h.islower(), h.istitle(), h.isascii(), h.isidentifier(), h.isprintable())
print('A\ud800'.isupper(), 'a\ud800'.islower(), 'A\ud800b'.istitle(), ('x' + h).isidentifier())
print(repr(f'a{h}b{h!r}'), repr(h.translate({0xd800: 'X'})), repr('abc'.translate({ord('a'): h})), repr('a\ud800'.translate({0xd800: 0xdc00, 97: None})))
print(repr(str.upper(h)), repr(h.encode('utf-8', 'surrogatepass')), len(s.split('\ud800')))
try:
    s.index('\udfff')
except ValueError as e:
    print('ValueError:', e)
try:
    s.split('')
except ValueError as e:
    print('ValueError:', e)
