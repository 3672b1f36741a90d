import asyncio


async def slow(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled by the group")
        raise


async def crash():
    await asyncio.sleep(0.01)
    raise ValueError("crash")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("slow-1"))
            tg.create_task(crash())
            await asyncio.sleep(1)
            print("never reached")
    except* ValueError as eg:
        print("caught group:", eg.message, [repr(e) for e in eg.exceptions])
    print("main continues; cancelling():", asyncio.current_task().cancelling())


asyncio.run(main())
