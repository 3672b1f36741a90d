import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, et, exc, tb):
        print("exit", self.name, et.__name__ if et else None)
        await asyncio.sleep(0)
        return et is KeyError


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i


async def main():
    async with Resource("a") as r:
        print("inside", r.name)
    async with Resource("b"):
        raise KeyError("swallowed")
    async for v in Countdown(3):
        print("countdown", v)
    print([x async for x in ticker(4)])


asyncio.run(main())
