import asyncio


async def guarded():
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        print("never: the cancel came from outside")
    except asyncio.CancelledError:
        print("outside cancellation passes through the timeout block")
        raise


async def inner_catches():
    async with asyncio.timeout(0.005):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed the timeout's cancel")
    print("block exited normally")


async def main():
    t = asyncio.create_task(guarded())
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("guarded cancelled:", t.cancelled())
    await inner_catches()


asyncio.run(main())
