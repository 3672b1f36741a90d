# Lone surrogates (U+D800..U+DFFF) are code points like any other in a str:
# literals, chr/ord, length, indexing, slicing, iteration, +, *, join,
# comparison, hashing (CPython hashes the two-byte form), `in`, dicts and sets.
high = '\ud800'
low = chr(0xdc80)
wide = '\U0000dfff'
print(len(high), ord(high), ord(low), ord(wide), hex(ord('\udbff')))
print(repr(high), repr(low), ascii(wide), repr('it\'s \ud83d'), repr('"\udc00'))
s = 'ab' + high + 'cd' + low
print(repr(s), len(s), repr(s[2]), repr(s[-1]), repr(s[1:4]), repr(s[::2]), repr(s[::-1]))
print([repr(c) for c in s], [ord(c) for c in s[2:]])
print(repr(high * 3), repr(3 * low), repr(s * 0), len(s * 2))
print(repr(high + low), len(high + low), repr('\ud83d' + '\ude00'), len('\ud83d\ude00'))
print(repr('-'.join([high, 'x', low])), repr(high.join(['a', 'b'])), repr(''.join(s)))
print(high == '\ud800', high == low, high != '\ufffd', '\ufffd' == high)
print(high < low, '\ud7ff' < high, low < '\ue000', '\ufffd' > high, sorted([low, 'z', '\U0001f600', high]) == ['z', high, low, '\U0001f600'])
print(hash(high), hash(low), hash(s), hash('a\ud800\U0001f600'), hash('\udcff'))
print(high in s, 'b' + high in s, low in s, 'x' in s, '' in high)
d = {high: 'high', low: 'low', s: 'mixed'}
print(d['\ud800'], d[chr(0xdc80)], d['ab\ud800cd\udc80'], len({high, '\ud800', low}))
print(repr(str(high)), repr(f'{high}'), repr(f'[{low!r}]'), bool(high))
print(repr(s.encode('utf-8', 'surrogatepass').decode('utf-8', 'surrogatepass')) == repr(s))
print(repr(max(s)), repr(min(high, low)), list(map(ord, reversed(high + low))))
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError:', e)
try:
    ord(high + low)
except TypeError as e:
    print('TypeError:', e)
try:
    s[10]
except IndexError as e:
    print('IndexError:', e)
import sys
try:
    sys.stdout.write('a\ud800')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e, e.start, e.end)
