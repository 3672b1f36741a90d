import asyncio


async def child(n):
    try:
        await asyncio.sleep(1)
    finally:
        print("child", n, "finally")


async def group_owner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("group owner cancelled; cancelling() =", asyncio.current_task().cancelling())
        raise


async def main():
    t = asyncio.create_task(group_owner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: owner is cancelled:", t.cancelled())


asyncio.run(main())
