import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(asyncio.sleep(1))
    print(t.cancelling(), t.uncancel())
    t.cancel()
    t.cancel()
    t.cancel()
    print("after three cancels:", t.cancelling())
    print("uncancel ->", t.uncancel())
    try:
        await t
    except asyncio.CancelledError:
        print("still cancelled:", t.cancelled(), "cancelling:", t.cancelling())
    print("cancel on done task ->", t.cancel(), t.cancelling())


asyncio.run(main())
