import asyncio


async def critical(log):
    await asyncio.sleep(0.03)
    log.append("critical done")
    return 42


async def caller(log):
    try:
        return await asyncio.shield(critical(log))
    except asyncio.CancelledError:
        log.append("caller cancelled")
        raise


async def main():
    log = []
    t = asyncio.create_task(caller(log))
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw cancel")
    await asyncio.sleep(0.05)
    print(log)
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("x")
    print(asyncio.shield(done) is done)


asyncio.run(main())
