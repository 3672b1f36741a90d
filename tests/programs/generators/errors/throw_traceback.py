# An exception thrown into a delegation chain and not handled.
def inner():
    yield 1


def middle():
    yield from inner()


def outer():
    yield from middle()


g = outer()
next(g)
g.throw(LookupError("thrown in"))
