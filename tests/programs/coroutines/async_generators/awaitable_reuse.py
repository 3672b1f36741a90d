# asend/athrow awaitables can be awaited only once.
async def agen():
    yield 1
    yield 2


def run(awaitable):
    try:
        return awaitable.send(None)
    except StopIteration as e:
        return ("value", e.value)


g = agen()
a = g.__anext__()
print(run(a))
try:
    run(a)
except RuntimeError as e:
    print("RuntimeError:", e)
t = g.athrow(ValueError)
try:
    run(t)
except ValueError:
    print("ValueError propagated")
try:
    run(t)
except RuntimeError as e:
    print("RuntimeError:", e)
c = g.aclose()
print(run(c))
try:
    run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    g.asend()
except TypeError as e:
    print("TypeError:", e)
try:
    run(agen().athrow())
except TypeError as e:
    print("TypeError:", e)
s = agen().asend("early")
try:
    run(s)
except TypeError as e:
    print("TypeError:", e)
