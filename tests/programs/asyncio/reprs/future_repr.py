import asyncio


def on_done(fut):
    pass


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.add_done_callback(on_done)
    print(repr(f))
    f.add_done_callback(print)
    f.add_done_callback(on_done)
    print(repr(f))
    f.set_result({"key": list(range(10))})
    print(repr(f))
    g = loop.create_future()
    g.set_exception(KeyError("missing"))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h))
    for value in ["a" * 100, 10 ** 60, (1,), [], set(), {1, 2, 3}, 1.5, None]:
        r = loop.create_future()
        r.set_result(value)
        print(repr(r))
    handle = loop.call_soon(on_done, "arg", 3)
    print(repr(handle))
    handle.cancel()
    print(repr(handle))
    await asyncio.sleep(0)


asyncio.run(main())
