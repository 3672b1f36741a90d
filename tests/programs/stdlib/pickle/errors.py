# The errors pickling and unpickling raise, with CPython's messages.
import pickle


def outer():
    class Local:
        pass

    def inner():
        pass
    return Local, inner


class BadReduce:
    def __init__(self, result):
        self.result = result

    def __reduce__(self):
        return self.result


class Hidden:
    pass


hidden = Hidden
Hidden.__qualname__ = "Renamed"


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__module__, type(e).__name__, e)
    else:
        print(label, "ok", r)


Local, inner = outer()
attempt("local class", lambda: pickle.dumps(Local))
attempt("local function", lambda: pickle.dumps(inner))
attempt("renamed", lambda: pickle.dumps(Hidden))
attempt("module", lambda: pickle.dumps(pickle))
attempt("generator", lambda: pickle.dumps(x for x in ()))
attempt("reduce int", lambda: pickle.dumps(BadReduce(5)))
attempt("reduce short", lambda: pickle.dumps(BadReduce((1,))))
attempt("reduce args", lambda: pickle.dumps(BadReduce((len, 5))))
attempt("reduce callable", lambda: pickle.dumps(BadReduce((5, ()))))
attempt("protocol 6", lambda: pickle.dumps(1, 6))
attempt("no write", lambda: pickle.Pickler(5))

for data in [b"", b"x", b"\x00", b"\xff", b"\n", b"\x80\x06.", b"\x80\x04N",
             b"(.", b"a.", b"K", b"I1", b"\x80\x02]q\x00h\x05.", b"0.", b"t.",
             b"\x81.", b"N.extra", "N.", b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N."]:
    attempt(repr(data), lambda: pickle.loads(data))

print(issubclass(pickle.PicklingError, pickle.PickleError))
print(issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.PickleError.__mro__)
print(pickle.Pickler, pickle.Unpickler)
