import asyncio

log = []


async def ping(n):
    for i in range(n):
        log.append("ping%d" % i)
        await asyncio.sleep(0)


async def pong(n):
    for i in range(n):
        log.append("pong%d" % i)
        await asyncio.sleep(0)


async def spawner():
    log.append("spawner start")
    inner = asyncio.create_task(ping(2))
    log.append("spawned")
    await inner
    log.append("spawner end")


async def main():
    await asyncio.gather(ping(3), pong(2), spawner())
    print(" ".join(log))


asyncio.run(main())
