# yield from passes send() values straight through to the innermost generator.
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def middle():
    result = yield from accumulate()
    print("middle saw result", result)
    again = yield from accumulate()
    return result, again


def outer():
    pair = yield from middle()
    print("outer saw", pair)
    yield "outer done"


g = outer()
print(next(g))
for v in [1, 2, 3]:
    print(g.send(v))
print(g.send(None))
print(g.send(10))
print(g.send(None))
print(g.gi_yieldfrom)
