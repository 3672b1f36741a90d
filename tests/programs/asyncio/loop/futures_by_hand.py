import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.get_loop() is loop)
    loop.call_later(0.01, fut.set_result, "delivered")
    print(await fut)
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    bad = loop.create_future()
    loop.call_soon(bad.set_exception, LookupError("nope"))
    try:
        await bad
    except LookupError as e:
        print("awaited exception:", repr(e))
    print("exception():", repr(bad.exception()))

    cls = loop.create_future()
    cls.set_exception(KeyError)
    print("class becomes instance:", repr(cls.exception()))

    for bogus in (StopIteration(), 42):
        try:
            loop.create_future().set_exception(bogus)
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
