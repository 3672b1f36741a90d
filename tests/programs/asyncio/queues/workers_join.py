import asyncio


async def worker(name, queue, done):
    while True:
        job = await queue.get()
        await asyncio.sleep(job / 1000)
        done.append((name, job))
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for job in [5, 1, 3, 2, 4, 1]:
        queue.put_nowait(job)
    print(str(queue))
    done = []
    workers = [asyncio.create_task(worker("w%d" % i, queue, done)) for i in range(3)]
    await queue.join()
    print("all jobs processed:", sorted(j for _, j in done))
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])


asyncio.run(main())
