import asyncio


async def worker(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("worker", n, "cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(1))
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print("group of", [repr(e) for e in eg.exceptions])


asyncio.run(main())
