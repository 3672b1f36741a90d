import asyncio


async def coro_fn():
    return 1


def plain():
    return 1


c = coro_fn()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain()))
print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain))
print(asyncio.run(c))

try:
    asyncio.run(plain())
except ValueError as e:
    print("ValueError:", e)

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)


async def main():
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.isfuture(fut), asyncio.isfuture(c), asyncio.isfuture(3))
    fut.cancel()


asyncio.run(main())
