# The attributes and str() of the Unicode errors codecs raise and that
# Python code constructs, and the constructors' argument errors.


def show(e):
    print(type(e).__name__, repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason))
    print('  str:', str(e))
    print('  args:', e.args)


for data, encoding in [(b'\xff', 'utf-8'), (b'ab\xc3', 'utf-8'), (b'a\xe9\xe9b', 'ascii'),
                       (b'\xed\xa0\x80', 'utf-8'), (b'x\x80y', 'utf-8')]:
    try:
        data.decode(encoding)
    except UnicodeDecodeError as e:
        show(e)

for text, encoding in [('aé', 'ascii'), ('x€€€y', 'latin-1'), ('ok 😀', 'ascii')]:
    try:
        text.encode(encoding)
    except UnicodeEncodeError as e:
        show(e)

try:
    str(b'\xfe', 'utf-8')
except UnicodeError as e:
    show(e)

try:
    bytes('café', 'ascii')
except UnicodeError as e:
    show(e)

show(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'))
show(UnicodeDecodeError('utf-8', bytearray(b'\xff\xfe'), 0, 2, 'two bytes'))
show(UnicodeEncodeError('ascii', 'x\u20ac\U0001f600', 1, 2, 'not ascii'))
show(UnicodeEncodeError('ascii', 'x\u20ac\U0001f600', 2, 3, 'not ascii'))
show(UnicodeEncodeError('ascii', 'xy', 5, 9, 'past the end'))
e = UnicodeTranslateError('x', 0, 1, 'reason')
print(repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason), '|', e)
print(UnicodeTranslateError('xy', 0, 2, 'reason'))
print(repr(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')))

e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
e.reason = 'changed'
print(e)
e.encoding = 'latin-9'
print(e)


class MyDecodeError(UnicodeDecodeError):
    pass


e = MyDecodeError('utf-16', b'\x00\xd8', 0, 2, 'lone surrogate')
print(type(e).__name__, e.encoding, e.start, e.end, e)
print(isinstance(e, UnicodeError), isinstance(e, ValueError))

for make in [
    lambda: UnicodeDecodeError(),
    lambda: UnicodeDecodeError('utf-8'),
    lambda: UnicodeDecodeError(1, b'', 0, 1, 'r'),
    lambda: UnicodeDecodeError('u', 'str', 0, 1, 'r'),
    lambda: UnicodeDecodeError('u', b'x', 'a', 1, 'r'),
    lambda: UnicodeDecodeError('u', b'x', 0, 1, 2),
    lambda: UnicodeDecodeError('u', b'x', 0, 1, reason='r'),
    lambda: UnicodeDecodeError('u', b'x', 2**70, 1, 'r'),
    lambda: UnicodeEncodeError('u', b'x', 0, 1, 'r'),
    lambda: UnicodeEncodeError('u', 'x', 0, 1, None),
    lambda: UnicodeTranslateError('u', 'x', 0, 1, 'r'),
    lambda: UnicodeTranslateError(b'x', 0, 1, 'r'),
]:
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)
    except OverflowError as e:
        print('OverflowError:', e)

print(repr(str(UnicodeError('a', 'b'))), repr(str(UnicodeError())))
