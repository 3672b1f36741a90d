import asyncio


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def squares(source):
    async for x in source:
        yield x * x


async def main():
    print([x async for x in ticker(3, 0)])
    print([y async for y in squares(ticker(4, 0.001)) if y % 2 == 0])
    gen = ticker(2, 0)
    print(await gen.__anext__(), await gen.asend(None))
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    results = await asyncio.gather(*(anext(ticker(5, 0)) for _ in range(2)))
    print(results)


asyncio.run(main())
