import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return "%s after %s" % (name, delay)


async def main():
    coros = [fetch("slow", 0.04), fetch("fast", 0.01), fetch("medium", 0.025)]
    for i, next_done in enumerate(asyncio.as_completed(coros)):
        print(i, await next_done)


asyncio.run(main())
