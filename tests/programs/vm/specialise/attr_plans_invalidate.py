# Attribute reads, method loads and stores that have warmed up keep giving
# the right answer when the classes behind them change afterwards.


class Base:
    LIMIT = 10

    def kind(self):
        return "base"


class Child(Base):
    def __init__(self, n):
        self.n = n


class Other(Base):
    def __init__(self, n):
        self.n = n * 100


def read_limit(obj):
    return obj.LIMIT


def call_kind(obj):
    return obj.kind()


def bound_kind(obj):
    m = obj.kind
    return m()


def read_n(obj):
    return obj.n


def store_n(obj, v):
    obj.n = v
    return obj.n


def warm(f, *args):
    for _ in range(100):
        r = f(*args)
    return r


c = Child(1)
o = Other(2)

# A class attribute reassigned after warm-up.
print(warm(read_limit, c))
Base.LIMIT = 20
print(read_limit(c), read_limit(o))
Child.LIMIT = 30
print(read_limit(c), read_limit(o))

# The same instruction seeing several classes.
print([read_n(x) for x in (c, o, c, o)])
print([call_kind(x) for x in (c, o)])

# A method replaced on a base class after warm-up.
print(warm(call_kind, c), warm(bound_kind, c))
Base.kind = lambda self: "replaced"
print(call_kind(c), bound_kind(o))

# An instance attribute shadowing the class's method.
c.kind = lambda: "instance"
print(call_kind(c), bound_kind(c), call_kind(o))
del c.kind
print(call_kind(c))

# A property added later turns reads and stores into calls.
print(warm(read_n, c), warm(store_n, c, 5))


def get_n(self):
    return "property"


def set_n(self, v):
    print("setter", v)


Child.n = property(get_n, set_n)
print(read_n(c), read_n(o))
print(store_n(c, 7))
del Child.n
print(read_n(c))

# __getattribute__ and __setattr__ added to a base.
print(warm(read_n, o), warm(call_kind, o))


def getattribute(self, name):
    return "intercepted " + name


Base.__getattribute__ = getattribute
print(read_n(o), read_n(c))
del Base.__getattribute__
print(read_n(o))


def setattr_hook(self, name, v):
    print("hook", name, v)


print(warm(store_n, o, 3))
Base.__setattr__ = setattr_hook
print(store_n(o, 4))
del Base.__setattr__
print(store_n(o, 5))

# __class__ assignment moves an instance to a class with other answers.
print(warm(call_kind, o), warm(read_limit, o))


class Elsewhere:
    LIMIT = "elsewhere"

    def kind(self):
        return "elsewhere"


o.__class__ = Elsewhere
print(call_kind(o), read_limit(o), read_n(o))

# A class attribute that is missing until later, and __getattr__.
class Lazy:
    def __getattr__(self, name):
        return "fallback " + name


lazy = Lazy()


def read_x(obj):
    return obj.x


print(warm(read_x, lazy))
Lazy.x = "class x"
print(read_x(lazy))
lazy.x = "instance x"
print(read_x(lazy))
del lazy.x
del Lazy.x
print(read_x(lazy))
