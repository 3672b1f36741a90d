# Async comprehensions: list, set, dict and generator forms, with await inside.
class Numbers:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def double(x):
    return 2 * x


async def main():
    print([x async for x in Numbers(5)])
    print({x % 3 async for x in Numbers(7)})
    print({x: x * x async for x in Numbers(4) if x > 1})
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in Numbers(3)])
    print([(x, y) async for x in Numbers(2) for y in "ab"])
    agen = (x * 10 async for x in Numbers(3))
    print(type(agen).__name__)
    print([y async for y in agen])
    return "ok"


try:
    main().send(None)
except StopIteration as e:
    print(e.value)
