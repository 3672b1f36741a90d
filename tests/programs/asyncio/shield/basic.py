import asyncio


async def important(go):
    await go.wait()
    print("important work completed")
    return "saved"


async def main():
    go = asyncio.Event()
    inner = asyncio.create_task(important(go))
    outer = asyncio.shield(inner)
    waiter = asyncio.create_task(asyncio.wait_for(outer, 0.005))
    try:
        await waiter
    except asyncio.TimeoutError:
        print("waiting timed out; outer cancelled:", outer.cancelled())
    print("inner still running:", not inner.done())
    go.set()
    print("inner result:", await inner)


asyncio.run(main())
