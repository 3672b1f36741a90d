import asyncio


async def sleeper(n):
    await asyncio.sleep(0.5)
    return n


async def main():
    a = asyncio.create_task(sleeper(1))
    b = asyncio.create_task(sleeper(2))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    a.cancel("child")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised", repr(e))
    print("g cancelled():", g.cancelled(), "b still pending:", not b.done())
    b.cancel()
    print(await asyncio.gather(b, return_exceptions=True))


asyncio.run(main())
