import asyncio


async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inside:", repr(e))
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel(msg="shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", repr(e))
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", repr(e))
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception():", repr(e))


asyncio.run(main())
