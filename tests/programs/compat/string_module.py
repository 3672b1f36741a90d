# _string: the format-string parsing string.Formatter is built on.
import _string
import string

for text in ['a{0!r:>{w}}b{{c}}{x.y[1]}', '', '{}', 'plain', '{:{}}{!s}']:
    print(list(_string.formatter_parser(text)))
first, rest = _string.formatter_field_name_split('0.a[k][2]')
print(first, list(rest))
first, rest = _string.formatter_field_name_split('name')
print(first, list(rest))
for bad in ['{', '}', '{0!}', '{0!x y}']:
    try:
        list(_string.formatter_parser(bad))
    except ValueError as e:
        print('ValueError:', e)
for arg in [1, None]:
    try:
        _string.formatter_parser(arg)
    except TypeError as e:
        print('TypeError:', e)
    try:
        _string.formatter_field_name_split(arg)
    except TypeError as e:
        print('TypeError:', e)
print(string.Formatter().format('{0[1]}-{k.real:>4}', [5, 6], k=3))
print(list(string.Formatter().parse('x{y}z')))
