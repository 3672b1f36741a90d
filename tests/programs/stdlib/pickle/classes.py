# Instances of user classes: default reduction, __reduce__, __reduce_ex__,
# __getstate__/__setstate__, __slots__, __getnewargs__(_ex__), and
# subclasses of built-in types.
import pickle


class Plain:
    def __init__(self, x):
        self.x = x
        self.y = [x]

    def __eq__(self, other):
        return type(other) is Plain and vars(self) == vars(other)


class Empty:
    pass


class WithState:
    def __init__(self):
        self.a = 1
        self.cache = "drop me"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Point, (self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Versioned:
    def __reduce_ex__(self, protocol):
        return (Versioned.make, (protocol,))

    @staticmethod
    def make(protocol):
        v = Versioned()
        v.protocol = protocol
        return v


class Args:
    def __new__(cls, n):
        self = super().__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)


class KwArgs:
    def __new__(cls, *, n):
        self = super().__new__(cls)
        self.n = n
        return self

    def __getnewargs_ex__(self):
        return (), {"n": self.n}


class MyInt(int):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyStr(str):
    pass


def show(obj):
    return {k: v for k, v in sorted(vars(obj).items())} if hasattr(obj, "__dict__") else obj


for proto in range(6):
    print("protocol", proto)
    p = Plain(3)
    data = pickle.dumps(p, proto)
    print(" plain", data)
    print(" ", pickle.loads(data) == p)
    print(" empty", pickle.dumps(Empty(), proto), type(pickle.loads(pickle.dumps(Empty(), proto))).__name__)
    w = pickle.loads(pickle.dumps(WithState(), proto))
    print(" state", show(w))
    if proto >= 2:
        s = Slotted()
        data = pickle.dumps(s, proto)
        print(" slots", data)
        back = pickle.loads(data)
        print(" ", back.a, hasattr(back, "b"))
    print(" point", pickle.dumps(Point(1, 2), proto), pickle.loads(pickle.dumps(Point(1, 2), proto)))
    print(" versioned", pickle.loads(pickle.dumps(Versioned(), proto)).protocol)
    if proto >= 2:
        print(" args", pickle.dumps(Args(5), proto), pickle.loads(pickle.dumps(Args(5), proto)).n)
    if proto >= 4:
        print(" kwargs", pickle.dumps(KwArgs(n=6), proto), pickle.loads(pickle.dumps(KwArgs(n=6), proto)).n)
    mi = MyInt(7)
    mi.tag = "t"
    back = pickle.loads(pickle.dumps(mi, proto))
    print(" myint", pickle.dumps(mi, proto), back, type(back).__name__, back.tag)
    ml = MyList([1, 2])
    ml.extra = 1
    back = pickle.loads(pickle.dumps(ml, proto))
    print(" mylist", pickle.dumps(ml, proto), back, type(back).__name__, back.extra)
    md = MyDict(a=1)
    back = pickle.loads(pickle.dumps(md, proto))
    print(" mydict", pickle.dumps(md, proto), back, type(back).__name__)
    back = pickle.loads(pickle.dumps(MyStr("hi"), proto))
    print(" mystr", back, type(back).__name__)
