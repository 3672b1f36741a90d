import asyncio


async def cleanup():
    await asyncio.sleep(0)


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        await cleanup()
        raise RuntimeError("cleanup failed")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e)
        print("context:", type(e.__context__).__name__)
    print("task cancelled?", t.cancelled())


asyncio.run(main())
