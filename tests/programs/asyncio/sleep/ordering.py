import asyncio


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke after", delay)
    return name


async def main():
    tasks = [
        asyncio.create_task(sleeper("c", 0.037)),
        asyncio.create_task(sleeper("a", 0.012)),
        asyncio.create_task(sleeper("d", 0.05)),
        asyncio.create_task(sleeper("b", 0.025)),
        asyncio.create_task(sleeper("zero", 0)),
    ]
    print(await asyncio.gather(*tasks))


asyncio.run(main())
