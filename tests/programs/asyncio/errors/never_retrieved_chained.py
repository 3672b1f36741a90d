import asyncio


async def load(text):
    try:
        int(text)
    except ValueError as e:
        raise LookupError("cannot load " + text) from e


async def cleanup_fails():
    try:
        raise KeyError("first")
    except KeyError:
        raise RuntimeError("second")


async def main():
    asyncio.create_task(load("seven"))
    asyncio.create_task(cleanup_fails())
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
