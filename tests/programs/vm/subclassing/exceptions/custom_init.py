# Exception subclasses with their own __init__ calling the base's.
class HTTPError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

try:
    raise HTTPError(404, 'not found')
except Exception as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))

class KE(KeyError):
    pass

try:
    raise KE('k')
except KeyError as e:
    print(repr(e), str(e), isinstance(e, LookupError))

class V(ValueError, TypeError):
    pass

print(V.__mro__)
try:
    raise V('both')
except TypeError as e:
    print('caught as TypeError:', e)
