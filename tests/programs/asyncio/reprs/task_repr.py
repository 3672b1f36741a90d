import asyncio


async def sleeper():
    await asyncio.sleep(0.01)
    return "x" * 50


async def failer():
    raise ValueError("bad")


async def main():
    print(repr(asyncio.current_task()).split(" cb=")[0])
    t = asyncio.create_task(sleeper())
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    await t
    print(repr(t))
    f = asyncio.create_task(failer(), name="failing")
    await asyncio.sleep(0)
    print(repr(f))
    f.exception()
    c = asyncio.create_task(sleeper(), name="cancel-me")
    await asyncio.sleep(0)
    c.cancel()
    print(repr(c))
    await asyncio.sleep(0)
    print(repr(c))


asyncio.run(main())
