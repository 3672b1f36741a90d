import asyncio


async def boom():
    raise ValueError("nobody asked")


async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
print("after run")
