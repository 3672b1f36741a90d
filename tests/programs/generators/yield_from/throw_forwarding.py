# throw() goes to the innermost generator of a yield from chain first.
def inner():
    while True:
        try:
            yield "inner ready"
        except KeyError as e:
            print("inner handled", e)
            yield "inner recovered"
        except ValueError:
            print("inner passes ValueError on")
            raise


def middle():
    try:
        yield from inner()
    except ValueError as e:
        print("middle handled", e)
        yield "middle recovered"


def outer():
    try:
        yield from middle()
    finally:
        print("outer finally")


g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(g.throw(ValueError("v")))
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_yieldfrom)
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print("escaped", e)
print(g.gi_frame)
