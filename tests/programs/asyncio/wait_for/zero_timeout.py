import asyncio


async def quick():
    return "quick"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("already done")
    print(await asyncio.wait_for(fut, 0))
    try:
        await asyncio.wait_for(quick(), 0)
    except TimeoutError:
        print("coroutine never started: timeout")
    try:
        await asyncio.wait_for(asyncio.sleep(1), -5)
    except TimeoutError:
        print("negative timeout: timeout")


asyncio.run(main())
