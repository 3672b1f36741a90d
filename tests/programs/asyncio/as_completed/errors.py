import asyncio


async def maybe(n):
    for _ in range(n):
        await asyncio.sleep(0)
    if n % 2:
        raise ValueError("odd %d" % n)
    return n


async def main():
    for fut in asyncio.as_completed([maybe(n) for n in (3, 2, 1, 4)]):
        try:
            print("ok", await fut)
        except ValueError as e:
            print("error", e)
    coro = maybe(1)
    try:
        next(asyncio.as_completed(coro))
    except TypeError as e:
        print("TypeError:", e)
    coro.close()


asyncio.run(main())
