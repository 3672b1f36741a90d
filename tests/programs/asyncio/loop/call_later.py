import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    loop.call_later(0.03, fired.append, "c")
    first = loop.call_later(0.01, fired.append, "a")
    h = loop.call_later(0.02, fired.append, "cancelled")
    loop.call_later(0.02, fired.append, "b")
    loop.call_at(loop.time() + 0.04, fired.append, "d")
    loop.call_soon(fired.append, "soon")
    h.cancel()
    print(type(h).__name__, h.cancelled(), h.when() > first.when())
    await asyncio.sleep(0.06)
    print(fired)
    try:
        loop.call_later(None, print)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_at(None, print)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
