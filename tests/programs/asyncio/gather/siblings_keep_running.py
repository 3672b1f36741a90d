import asyncio


async def slow(name, go):
    try:
        await go.wait()
        print(name, "finished anyway")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def boom():
    await asyncio.sleep(0)
    raise KeyError("boom")


async def main():
    go = asyncio.Event()
    a = asyncio.create_task(slow("a", go))
    g = asyncio.gather(a, boom())
    try:
        await g
    except KeyError as e:
        print("gather failed with", repr(e))
    print("a done?", a.done())
    go.set()
    print("a result:", await a)
    print("gather done:", g.done(), "cancelled:", g.cancelled())


asyncio.run(main())
