import asyncio


async def careless():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("never: CancelledError is not an Exception")
    return "unreachable"


async def main():
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    t = asyncio.create_task(careless())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except BaseException as e:
        print("escaped as", type(e).__name__)


asyncio.run(main())
