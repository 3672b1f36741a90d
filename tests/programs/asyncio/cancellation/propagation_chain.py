import asyncio


async def level3():
    try:
        await asyncio.sleep(1)
    finally:
        print("level3 unwinding")


async def level2():
    try:
        await level3()
    finally:
        print("level2 unwinding")


async def level1():
    try:
        await level2()
    except asyncio.CancelledError as e:
        print("level1 caught", type(e).__name__, e.args)
        raise


async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0.01)
    t.cancel("deep")
    results = await asyncio.gather(t, return_exceptions=True)
    print(repr(results[0]))


asyncio.run(main())
