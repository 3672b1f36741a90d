# bytes(x) and b'%s' % x use x.__bytes__(); bytearray(x) does not.


class Packet:
    def __init__(self, payload):
        self.payload = payload

    def __bytes__(self):
        return b'<' + self.payload + b'>'


class Wrong:
    def __bytes__(self):
        return 5


class AlmostBytes:
    def __bytes__(self):
        return bytearray(b'x')


class Tagged(bytes):
    def __bytes__(self):
        return b'tagged'


class Sub(bytes):
    pass


class Raising:
    def __bytes__(self):
        raise KeyError('inside __bytes__')


class Fields:
    number = 42
    name = 'fields'


print(bytes(Packet(b'abc')))
print(bytes(Tagged(b'original')))
print(type(Sub(Packet(b'sub'))).__name__, Sub(Packet(b'sub')))
print(b'%s and %b' % (Packet(b'one'), Packet(b'two')))
print(b'%5s|%-6b|' % (Packet(b'a'), Packet(b'b')))
print('{0.number} {0.name!r}'.format(Fields()))

tries = [
    lambda: bytes(Wrong()),
    lambda: bytes(AlmostBytes()),
    lambda: bytes(Raising()),
    lambda: bytearray(Packet(b'abc')),
    lambda: bytes(Packet(b'abc'), 'utf-8'),
    lambda: bytes(None),
    lambda: bytes(1.5),
    lambda: bytearray(object()),
    lambda: bytes('text'),
    lambda: b'%s' % Wrong(),
    lambda: b'%b' % 3,
    lambda: b'%s' % Raising(),
]
for t in tries:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
