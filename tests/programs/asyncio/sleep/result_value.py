import asyncio


async def main():
    print(await asyncio.sleep(0.01, result="slept"))
    print(await asyncio.sleep(0, result=[1, 2]))
    print(await asyncio.sleep(-1, "negative is zero"))
    print(await asyncio.sleep(0.001))


asyncio.run(main())
