import asyncio


async def square(x, delay):
    await asyncio.sleep(delay)
    print("square", x)
    return x * x


async def main():
    results = await asyncio.gather(square(1, 0.03), square(2, 0.01), square(3, 0.02))
    print("in argument order:", results)
    print("empty:", await asyncio.gather())
    t = asyncio.create_task(square(4, 0))
    same = await asyncio.gather(t, t, square(5, 0))
    print("repeated task:", same)


asyncio.run(main())
