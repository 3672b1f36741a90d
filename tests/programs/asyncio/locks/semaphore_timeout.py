import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    try:
        await asyncio.wait_for(sem.acquire(), 0.01)
    except asyncio.TimeoutError:
        print("second acquire timed out; locked:", sem.locked())
    sem.release()
    print("after release; locked:", sem.locked())
    async with sem:
        print("acquired again; locked:", sem.locked())
    print("value back to", sem._value)


asyncio.run(main())
