eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(eg, repr(eg.message), eg.exceptions, eg.args)
print(type(eg).__name__, isinstance(eg, Exception), ExceptionGroup.__mro__)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for args in [(1, []), ("m", []), ("m", 5), ("m", [1]), ("m", [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(m.exceptions, r.exceptions)
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(eg.subgroup((KeyError, TypeError)).exceptions)
print(eg.split(ExceptionGroup))
print(eg.subgroup(OSError))
d = eg.derive([ValueError(9)])
print(repr(d), type(d).__name__)
e = ValueError("v")
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as t:
    print(t)
eg.add_note("gnote")
print(eg.split(KeyError)[0].__notes__)
print(str(ExceptionGroup("one", [ValueError()])))

class MyGroup(ExceptionGroup):
    pass
g = MyGroup("mine", [ValueError(1)])
print(type(g).__name__, g, isinstance(g, ExceptionGroup))
try:
    MyGroup("mine", [KeyboardInterrupt()])
except TypeError as t:
    print(t)
