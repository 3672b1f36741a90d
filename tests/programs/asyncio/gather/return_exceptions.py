import asyncio


async def ok(x):
    await asyncio.sleep(0.01)
    return x


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    results = await asyncio.gather(ok(1), fail("a"), ok(2), fail("b"), return_exceptions=True)
    print([repr(r) for r in results])
    try:
        await asyncio.gather(ok(3), fail("first"), fail("second"))
    except ValueError as e:
        print("propagated:", e)
    await asyncio.sleep(0.02)


asyncio.run(main())
