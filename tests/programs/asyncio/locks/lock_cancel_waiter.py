import asyncio


async def holder(lock, go):
    async with lock:
        print("holder has the lock")
        await go.wait()
    print("holder released")


async def waiter(lock, name):
    try:
        async with lock:
            print(name, "got the lock")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    go = asyncio.Event()
    h = asyncio.create_task(holder(lock, go))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    for _ in range(3):
        await asyncio.sleep(0)
    w1.cancel()
    go.set()
    await asyncio.gather(h, w1, w2, return_exceptions=True)
    print("lock free at end:", not lock.locked())


asyncio.run(main())
