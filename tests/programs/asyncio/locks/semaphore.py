import asyncio

active = 0
peak = 0


async def limited(sem, n):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print("start", n, "active", active)
        for _ in range(n % 3 + 1):
            await asyncio.sleep(0)
        active -= 1
    print("end", n)


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, i) for i in range(5)))
    print("peak concurrency:", peak)
    print("locked:", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    plain = asyncio.Semaphore(0)
    plain.release()
    plain.release()
    print("plain semaphore may exceed:", plain._value)


asyncio.run(main())
