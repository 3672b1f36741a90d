import asyncio


async def worker(results):
    for i in range(3):
        try:
            await asyncio.sleep(0.01)
            results.append("slept %d" % i)
        except asyncio.CancelledError:
            results.append("interrupted %d" % i)
    return results


async def main():
    t = asyncio.create_task(worker([]))
    await asyncio.sleep(0.005)
    t.cancel()
    print(await t)
    print("task ended normally:", not t.cancelled())


asyncio.run(main())
