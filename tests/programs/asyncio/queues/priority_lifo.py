import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (0, "z")]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for item in "abc":
        lq.put_nowait(item)
    print(str(lq))
    print([await lq.get() for _ in range(3)])


asyncio.run(main())
