import asyncio


async def spinner(log):
    try:
        while True:
            log.append("spin")
            await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        log.append("stopped: %r" % (e,))
        raise


async def main():
    log = []
    t = asyncio.create_task(spinner(log))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel("halt")
    await asyncio.sleep(0)
    print(log, t.done(), t.cancelled())


asyncio.run(main())
