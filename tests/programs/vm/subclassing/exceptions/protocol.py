# Exception subclasses: args, __str__, __new__, keyword-only __init__, OSError
# attributes, multiple inheritance, groups, instance dicts.
class E(Exception):
    pass
print(repr(E(1, 2)), str(E(1, 2)), E().args, str(E('x')), repr(E()))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
print(NoSuper(1, 2).args, str(NoSuper(1, 2)), repr(NoSuper(1, 2)))
class WithStr(ValueError):
    def __str__(self):
        return 'custom str'
try:
    raise WithStr('x')
except ValueError as e:
    print(e, repr(e), e.args)
class KW(Exception):
    def __init__(self, msg, *, code=0):
        super().__init__(msg)
        self.code = code
print(KW('m', code=3).code, KW('m').args)
class New(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, *args)
        obj.created = True
        return obj
n = New('a')
print(n.created, n.args, repr(n))
class MyOSError(OSError):
    pass
e = MyOSError(2, 'No such file')
print(e.errno, e.strerror, str(e), type(e).__name__)
class Multi(KeyError, AttributeError):
    pass
try:
    raise Multi('k')
except AttributeError as e:
    print('caught', repr(e), str(e))
class G(ExceptionGroup):
    pass
g = G('grp', [ValueError(1)])
print(repr(g), type(g).__name__, g.exceptions)
class Stop(StopIteration):
    pass
def gen():
    yield 1
    raise Stop
try:
    list(gen())
except RuntimeError as e:
    print('RuntimeError', e)
e = E('x')
e.extra = 5
print(e.extra, e.__dict__)
try:
    raise E
except E as ex:
    print('raised class', repr(ex))
try:
    class BadBase(Exception, int):
        pass
except TypeError as e:
    print("TypeError:", e)
