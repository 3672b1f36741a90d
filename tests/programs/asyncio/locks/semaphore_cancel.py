import asyncio


async def use(sem, name, go):
    try:
        async with sem:
            print(name, "acquired")
            await go.wait()
        print(name, "released")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    go = asyncio.Event()
    a = asyncio.create_task(use(sem, "a", go))
    b = asyncio.create_task(use(sem, "b", go))
    c = asyncio.create_task(use(sem, "c", go))
    for _ in range(3):
        await asyncio.sleep(0)
    b.cancel()
    go.set()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("final locked:", sem.locked())


asyncio.run(main())
