import asyncio


async def worker(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("worker", n, "cancelled with", e.args)
        raise


async def main():
    g = asyncio.gather(worker(1), worker(2), return_exceptions=True)
    await asyncio.sleep(0)
    print("cancel ->", g.cancel("stop now"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args)
    print("cancel again ->", g.cancel())
    print(g.cancelled())

    g2 = asyncio.gather(worker(3), worker(4), return_exceptions=True)
    await asyncio.sleep(0)
    inner = list(asyncio.all_tasks() - {asyncio.current_task()})
    inner.sort(key=lambda t: t.get_name())
    inner[0].cancel()
    inner[1].cancel("second")
    print([repr(r) for r in await g2])


asyncio.run(main())
