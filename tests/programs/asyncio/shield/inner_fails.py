import asyncio


async def fails():
    await asyncio.sleep(0)
    raise ZeroDivisionError("inside shield")


async def cancelled_inside():
    await asyncio.sleep(0)
    asyncio.current_task().cancel()
    await asyncio.sleep(0)


async def main():
    try:
        await asyncio.shield(fails())
    except ZeroDivisionError as e:
        print("shield passes errors through:", e)
    try:
        await asyncio.shield(cancelled_inside())
    except asyncio.CancelledError:
        print("inner cancellation reaches the awaiter")


asyncio.run(main())
