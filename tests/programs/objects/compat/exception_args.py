# BaseException.args can be assigned any iterable (kept as a tuple) but not
# deleted.
e = ValueError(1)
e.args = [1, 2]
print(e.args, type(e.args).__name__, str(e), repr(e))
e.args = "ab"
print(e.args, e)
e.args = ()
print(repr(str(e)), repr(e))
try:
    del e.args
except TypeError as x:
    print("TypeError", x)
try:
    e.args = 5
except TypeError as x:
    print("TypeError", x)
print(e.args)


class MyError(Exception):
    pass


m = MyError("a", "b")
m.args = ("changed",)
print(m, m.args, m.__reduce__()[1])
