import asyncio


async def critical(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.005)
        log.append(name + " out")


async def main():
    lock = asyncio.Lock()
    log = []
    print("locked?", lock.locked())
    await asyncio.gather(*(critical(lock, n, log) for n in "abcd"))
    print(log)
    await lock.acquire()
    print("locked?", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
