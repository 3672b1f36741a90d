import asyncio


async def resilient():
    attempts = 0
    while True:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            attempts += 1
            print("cancel request", attempts, "cancelling() =", asyncio.current_task().cancelling())
            if attempts == 2:
                return "gave up after %d cancels" % attempts
            asyncio.current_task().uncancel()


async def main():
    t = asyncio.create_task(resilient())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    t.cancel()
    print(await t)
    print("cancelled:", t.cancelled(), "cancelling:", t.cancelling())


asyncio.run(main())
