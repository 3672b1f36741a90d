import asyncio


async def waits_on(fut):
    try:
        return await fut
    except asyncio.CancelledError:
        print("waiter: the future was cancelled under me")
        return "recovered"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waits_on(fut))
    await asyncio.sleep(0)
    fut.cancel()
    print(await t, t.cancelled())
    fut2 = loop.create_future()
    t2 = asyncio.create_task(waits_on(fut2))
    await asyncio.sleep(0)
    t2.cancel()
    print(await t2, "future cancelled too:", fut2.cancelled())


asyncio.run(main())
