import asyncio


async def fast_producer(q):
    for i in range(4):
        print("producing", i)
        await q.put(i)
        print("produced", i)


async def slow_consumer(q):
    for _ in range(4):
        await asyncio.sleep(0.005)
        print("consumed", await q.get())


async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(fast_producer(q), slow_consumer(q))


asyncio.run(main())
