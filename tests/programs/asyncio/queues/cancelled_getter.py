import asyncio


async def getter(q, name, log):
    try:
        item = await q.get()
        log.append("%s got %s" % (name, item))
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise


async def main():
    q = asyncio.Queue()
    log = []
    g1 = asyncio.create_task(getter(q, "g1", log))
    g2 = asyncio.create_task(getter(q, "g2", log))
    await asyncio.sleep(0)
    q.put_nowait("only item")
    g1.cancel()
    await asyncio.gather(g1, g2, return_exceptions=True)
    print(log, q.qsize())


asyncio.run(main())
