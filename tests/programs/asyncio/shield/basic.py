import asyncio


async def important():
    await asyncio.sleep(0.05)
    print("important work completed")
    return "saved"


async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    waiter = asyncio.create_task(asyncio.wait_for(outer, 0.005))
    try:
        await waiter
    except asyncio.TimeoutError:
        print("waiting timed out; outer cancelled:", outer.cancelled())
    print("inner still running:", not inner.done())
    print("inner result:", await inner)


asyncio.run(main())
