# aiter() and anext(), with and without a default.
async def agen():
    yield 1
    yield 2


class Empty:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


def run(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    return "suspended"


g = agen()
print(aiter(g) is g)
print(run(anext(g)), run(anext(g)))
print(run(anext(g, "default")))
try:
    run(anext(g))
except StopAsyncIteration:
    print("StopAsyncIteration")
print(run(anext(Empty(), 0)))
print(type(anext(Empty(), 0)).__name__)
for bad in [lambda: aiter(1), lambda: anext(1), lambda: anext(), lambda: anext(g, 1, 2), lambda: aiter([])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


async def main():
    it = aiter(agen())
    print(await anext(it), await anext(it), await anext(it, "done"))
    print(await anext(Empty(), "empty"))


run(main())
