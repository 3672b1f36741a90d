import asyncio


async def never_runs():
    print("this line is never printed")


async def main():
    t = asyncio.create_task(never_runs())
    t.cancel("early")
    print("cancelled before first step; done?", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    print(t.cancelled())


asyncio.run(main())
