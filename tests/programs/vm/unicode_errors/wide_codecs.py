# UTF-16/32 decoding errors name the byte order in use; codecs.encode and
# codecs.decode raise the same errors as the methods.
import codecs

cases = [(b'a', 'utf-16'), (b'\xff\xfea', 'utf-16'), (b'\xfe\xffa', 'utf-16'), (b'\x00\xd8', 'utf-16'),
         (b'\xff\xfe\x00\x00a', 'utf-32'), (b'\x00\x00\x11\x00', 'utf-32'),
         (b'\x00\x00\x00\x00\x00\x00\x11\x00', 'utf-32-le'), (b'abc', 'utf-32')]
for data, encoding in cases:
    try:
        data.decode(encoding)
    except UnicodeDecodeError as e:
        print(e, '|', e.encoding, e.object, e.start, e.end, e.reason)

for f in [lambda: codecs.decode(b'a\xff', 'utf-8'), lambda: codecs.encode('a\xff', 'ascii')]:
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, e, '|', e.encoding, repr(e.object), e.start, e.end, e.reason)
