import asyncio


async def raises(exc):
    await asyncio.sleep(0)
    raise exc


for exc in (ValueError("v"), KeyError("k"), asyncio.CancelledError("c"), TimeoutError("t")):
    try:
        asyncio.run(raises(exc))
    except BaseException as e:
        print(type(e).__name__, e.args, e is exc)


async def cancel_self():
    asyncio.current_task().cancel("self")
    await asyncio.sleep(0)


try:
    asyncio.run(cancel_self())
except asyncio.CancelledError as e:
    print("run raised CancelledError", e.args)
