import asyncio


async def quitter():
    me = asyncio.current_task()
    me.cancel("by myself")
    print("still running after cancel(); cancelling =", me.cancelling())
    x = sum(range(10))
    print("computed", x)
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("the next await raises", repr(e))
        raise


async def main():
    t = asyncio.create_task(quitter())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main:", repr(e), t.cancelled())


asyncio.run(main())
