import asyncio


async def main():
    g = asyncio.gather(asyncio.sleep(0, "a"), asyncio.sleep(0, "b"))
    print(repr(g))
    print(await g)
    print(repr(g))
    e = asyncio.gather()
    print(repr(e))


asyncio.run(main())
