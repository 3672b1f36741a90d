import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    finally:
        print("inner finally")


async def waiter():
    try:
        await asyncio.wait_for(inner(), timeout=1)
    except asyncio.CancelledError:
        print("waiter sees CancelledError")
        raise


async def main():
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: waiter cancelled", t.cancelled())


asyncio.run(main())
