# The bytes written for instances at every protocol, by each way a class
# can describe itself: object's default reduction (empty and filled
# __dict__, an instance that refers to itself, shared instances),
# __reduce__ with two or three items, or more, or a name, __reduce_ex__,
# __getstate__, __getnewargs__, __slots__, a copyreg dispatch entry, a
# pickler's own dispatch_table and reducer_override, and the errors a
# bad __reduce__ gives.
import copyreg
import io
import pickle


class Plain:
    pass


class Filled:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Pair:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Pair, (self.x, self.y))


class WithState:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (WithState, (0,), {"v": self.v})


class ListLike:
    def __reduce__(self):
        return (list, (), None, iter([1, 2, 3]))


class Named:
    def __reduce__(self):
        return "NAMED"


NAMED = Named()


class Ex:
    def __reduce_ex__(self, proto):
        return (Ex, (), {"proto": proto})


class Stateful:
    def __init__(self):
        self.hidden = 1

    def __getstate__(self):
        return {"shown": 2}


class NewArgs:
    def __new__(cls, n):
        self = super().__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)


class Slotted:
    __slots__ = ("p", "q")

    def __init__(self):
        self.p = 1


class Child(Pair):
    pass


class Registered:
    def __init__(self):
        self.z = 9


copyreg.pickle(Registered, lambda r: (Registered, ()))


class BadArgs:
    def __reduce__(self):
        return (BadArgs, [1])


class BadFunc:
    def __reduce__(self):
        return (5, ())


class BadShape:
    def __reduce__(self):
        return (BadShape,)


class BadType:
    def __reduce__(self):
        return 42


looped = Filled(None, [1])
looped.a = looped
shared = Filled(1, 2)

values = {
    "plain": Plain(),
    "filled": Filled(1, "x"),
    "looped": looped,
    "shared": [shared, shared, Pair(shared, shared)],
    "pair": Pair(1, 2),
    "state": WithState(5),
    "listlike": ListLike(),
    "named": NAMED,
    "ex": Ex(),
    "stateful": Stateful(),
    "newargs": NewArgs(7),
    "slotted": Slotted(),
    "child": Child(3, 4),
    "registered": Registered(),
}

for name, value in values.items():
    for p in range(6):
        try:
            data = pickle.dumps(value, p)
            back = pickle.loads(data)
            print(name, p, data, type(back).__name__)
        except Exception as e:
            print(name, p, type(e).__name__, e)

back = pickle.loads(pickle.dumps(looped, 4))
print(back.a is back, back.b)
back = pickle.loads(pickle.dumps(values["shared"], 2))
print(back[0] is back[1], back[2].x is back[0])

for bad in (BadArgs(), BadFunc(), BadShape(), BadType()):
    for p in (0, 2, 4):
        try:
            pickle.dumps(bad, p)
        except Exception as e:
            print(type(bad).__name__, p, type(e).__name__, e)


class Custom(pickle.Pickler):
    dispatch_table = {Pair: lambda obj: (Filled, (obj.x, obj.y))}


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if type(obj) is Plain:
            return (Filled, (0, 0))
        return NotImplemented


for cls in (Custom, Override):
    for p in (2, 4):
        out = io.BytesIO()
        cls(out, p).dump([Pair(1, 2), Plain(), Filled(3, 4)])
        print(cls.__name__, p, out.getvalue())
