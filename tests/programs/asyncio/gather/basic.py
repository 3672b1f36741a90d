import asyncio


async def turns(n):
    """Let the loop go round `n` times."""
    for _ in range(n):
        await asyncio.sleep(0)


async def square(x, rounds):
    await turns(rounds)
    print("square", x)
    return x * x


async def main():
    results = await asyncio.gather(square(1, 3), square(2, 1), square(3, 2))
    print("in argument order:", results)
    print("empty:", await asyncio.gather())
    t = asyncio.create_task(square(4, 0))
    same = await asyncio.gather(t, t, square(5, 0))
    print("repeated task:", same)


asyncio.run(main())
