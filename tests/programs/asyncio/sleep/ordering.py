import asyncio


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke after", delay)
    return name


async def main():
    a = asyncio.create_task(sleeper("a", 0.01))
    b = asyncio.create_task(sleeper("b", 0.025))
    c = asyncio.create_task(sleeper("c", 0.04))
    zero = asyncio.create_task(sleeper("zero", 0))
    # Results come back in argument order, whatever order the tasks woke in.
    print(await asyncio.gather(c, zero, a, b))


asyncio.run(main())
