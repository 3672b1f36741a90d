import asyncio


async def waiter(cond, log):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            log.append("cancelled; lock held again: %s" % cond.locked())
            raise
        log.append("woken")


async def main():
    cond = asyncio.Condition()
    log = []
    t = asyncio.create_task(waiter(cond, log))
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        log.append("main still holds the lock: %s" % cond.locked())
    await asyncio.gather(t, return_exceptions=True)
    print("\n".join(log))
    print("lock free:", not cond.locked())
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with shared:
        print("condition shares the lock:", lock.locked())


asyncio.run(main())
