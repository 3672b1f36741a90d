# Throwing GeneratorExit closes the subgenerator, then raises in the outer one.
def inner():
    try:
        yield 1
    finally:
        print("inner closed")


def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise


g = outer()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")
print(g.gi_frame)


def inner_fails_close():
    try:
        yield 1
    finally:
        raise KeyError("during close")


def outer2():
    try:
        yield from inner_fails_close()
    except KeyError as e:
        print("outer2 sees", repr(e))
        yield "outer2 continues"


g = outer2()
next(g)
print(g.throw(GeneratorExit))
g.close()
