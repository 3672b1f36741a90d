import asyncio


async def worker(n, log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("worker %d cancelled" % n)
        raise


async def main():
    log = []
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.TaskGroup() as tg:
                for n in range(3):
                    tg.create_task(worker(n, log))
    except TimeoutError:
        log.append("timeout around the group")
    print("\n".join(sorted(log)))
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
