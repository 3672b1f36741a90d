import asyncio


class Later:
    def __await__(self):
        yield
        return "from awaitable"


async def coro():
    return "from coroutine"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(asyncio.ensure_future(fut) is fut)
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    t2 = asyncio.ensure_future(Later())
    print(type(t2).__name__, t2.get_coro().__name__, await t2)
    try:
        asyncio.ensure_future(123)
    except TypeError as e:
        print("TypeError:", e)
    fut.cancel()


asyncio.run(main())
