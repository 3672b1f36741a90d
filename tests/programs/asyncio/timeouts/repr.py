import asyncio


async def main():
    t = asyncio.timeout(None)
    print(repr(t))
    async with t:
        print(repr(t))
    print(repr(t))
    try:
        async with asyncio.timeout(0) as t2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(t2))


asyncio.run(main())
