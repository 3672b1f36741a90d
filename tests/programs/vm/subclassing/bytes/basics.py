# Subclasses of bytes and bytearray.
class B(bytes):
    pass

b = B(b'abc')
print(b, repr(b), type(b).__name__, b[0], b[1:], type(b[1:]).__name__, b + b'd', b.upper())
print(b.decode(), len(b), b == b'abc', hash(b) == hash(b'abc'), B(3), B([65, 66]), B())

class BA(bytearray):
    pass

ba = BA(b'xy')
ba.append(122)
print(ba, repr(ba), len(ba), ba[0], bytes(ba), type(ba).__name__, ba == b'xyz')
