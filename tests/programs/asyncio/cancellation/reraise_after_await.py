import asyncio


async def flush(log):
    await asyncio.sleep(0)
    log.append("flushed")


async def worker(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("cancelled; cleaning up")
        await flush(log)
        raise


async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0)
    t.cancel("bye")
    try:
        await t
    except asyncio.CancelledError as e:
        log.append("re-raised %r" % (e,))
    print(log)


asyncio.run(main())
