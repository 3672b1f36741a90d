# Exceptions inside generators: propagation, throw(), close() and finally.
def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield f"caught {e}"
    finally:
        print("generator finally")


g = guarded()
print(next(g), g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("done")


def failing():
    yield "ok"
    raise KeyError("inside")


try:
    for v in failing():
        print(v)
except KeyError as e:
    print("propagated", e)


def stopper():
    yield 1
    raise StopIteration


try:
    list(stopper())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
h = guarded()
next(h)
h.close()
print("closed", list(h))
