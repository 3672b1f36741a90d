import asyncio


async def critical(log, go):
    await go.wait()
    log.append("critical done")
    return 42


async def caller(log, go):
    try:
        return await asyncio.shield(critical(log, go))
    except asyncio.CancelledError:
        log.append("caller cancelled")
        raise


async def main():
    log = []
    go = asyncio.Event()
    t = asyncio.create_task(caller(log, go))
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw cancel")
    go.set()
    for _ in range(3):
        await asyncio.sleep(0)
    print(log)
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("x")
    print(asyncio.shield(done) is done)


asyncio.run(main())
