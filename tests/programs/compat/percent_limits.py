# printf-style formatting refuses widths and precisions C could not hold,
# as CPython does, instead of trying to build the string.
import sys

cases = [
    ('%.{}f'.format(sys.maxsize + 1), 2.34),
    ('%.{}d'.format(2 ** 31), 1),
    ('%{}d'.format(sys.maxsize + 1), 1),
    ('%{}d'.format(sys.maxsize), 1),
    ('%.*d', (2 ** 31, 1)),
    ('%*d', (2 ** 63, 1)),
    ('%*d', ('x', 1)),
    ('%.*f', (-3, 1.5)),
    ('%*d|%-*d|', (4, 7, 3, 8)),
    ('%.3s|%5.1f', ('abcdef', 2.25)),
]
for fmt, args in cases:
    for template in (fmt, fmt.encode()):
        try:
            result = template % args
            print(repr(result))
        except (ValueError, OverflowError, MemoryError, TypeError) as e:
            print(type(e).__name__, e)
