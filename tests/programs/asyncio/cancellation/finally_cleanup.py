import asyncio


async def worker():
    print("worker: started")
    try:
        await asyncio.sleep(1)
    finally:
        print("worker: cleanup in finally")
        await asyncio.sleep(0)
        print("worker: cleanup finished")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("cancel() ->", t.cancel())
    print("cancelling():", t.cancelling(), "done:", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("main: CancelledError from the task")
    print("cancelled():", t.cancelled(), "cancel() again ->", t.cancel())


asyncio.run(main())
