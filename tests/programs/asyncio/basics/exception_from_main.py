import asyncio


async def fails(n):
    await asyncio.sleep(0)
    if n > 2:
        raise ValueError("too big: %d" % n)
    return n


async def main():
    total = 0
    for i in range(5):
        try:
            total += await fails(i)
        except ValueError as e:
            print("caught", e)
    raise KeyError(total)


try:
    asyncio.run(main())
except KeyError as e:
    print("run raised KeyError", e)
