import asyncio


async def main():
    slow = asyncio.create_task(asyncio.sleep(1, "slow"))
    quick = asyncio.create_task(asyncio.sleep(0.005, "quick"))
    done, pending = await asyncio.wait({slow, quick}, timeout=0.05)
    print([t.result() for t in done], len(pending), slow in pending)
    slow.cancel()
    for bad in ([], slow):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    try:
        await asyncio.wait([quick], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    coro = asyncio.sleep(0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())
