import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        print("put", i, "size", queue.qsize())
    await queue.put(None)


async def consumer(queue, results):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        await asyncio.sleep(0.001)
        results.append(item * 10)
        print("got", item)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    results = []
    await asyncio.gather(producer(queue, 5), consumer(queue, results))
    await queue.join()
    print(results, queue.empty(), queue.full(), queue.maxsize)


asyncio.run(main())
