import asyncio


async def use(sem, name, hold):
    try:
        async with sem:
            print(name, "acquired")
            await asyncio.sleep(hold)
        print(name, "released")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    a = asyncio.create_task(use(sem, "a", 0.05))
    b = asyncio.create_task(use(sem, "b", 0))
    c = asyncio.create_task(use(sem, "c", 0))
    for _ in range(3):
        await asyncio.sleep(0)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("final locked:", sem.locked())


asyncio.run(main())
