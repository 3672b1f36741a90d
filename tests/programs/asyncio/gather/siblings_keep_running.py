import asyncio


async def slow(name):
    try:
        await asyncio.sleep(0.05)
        print(name, "finished anyway")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def boom():
    await asyncio.sleep(0.005)
    raise KeyError("boom")


async def main():
    a = asyncio.create_task(slow("a"))
    g = asyncio.gather(a, boom())
    try:
        await g
    except KeyError as e:
        print("gather failed with", repr(e))
    print("a done?", a.done())
    print("a result:", await a)
    print("gather done:", g.done(), "cancelled:", g.cancelled())


asyncio.run(main())
