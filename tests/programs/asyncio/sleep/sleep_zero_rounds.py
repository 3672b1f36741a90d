import asyncio


async def spinner(name, rounds):
    for i in range(rounds):
        print(name, i)
        await asyncio.sleep(0)


async def timed():
    await asyncio.sleep(0.05)
    print("timer fired")


async def main():
    t = asyncio.create_task(timed())
    await asyncio.gather(spinner("x", 3), spinner("y", 2))
    await t


asyncio.run(main())
