import asyncio


def broken(x):
    raise ValueError("callback failed with %d" % x)


def handler(loop, context):
    print("handler got:", context["message"].split(" at ")[0])
    print("  exception:", repr(context.get("exception")))
    print("  handle cancelled:", context["handle"].cancelled())


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    loop.call_soon(broken, 7)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("the loop kept running")
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
