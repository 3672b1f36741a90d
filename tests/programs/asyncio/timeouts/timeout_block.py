import asyncio


async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            print("deadline set:", cm.when() is not None, "expired:", cm.expired())
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError raised; cause:", type(e.__cause__).__name__)
    print("expired:", cm.expired(), "cancelling:", asyncio.current_task().cancelling())

    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0.001)
    print("fast block: expired =", cm2.expired())

    async with asyncio.timeout(None) as cm3:
        await asyncio.sleep(0.001)
    print("no deadline:", cm3.when())


asyncio.run(main())
