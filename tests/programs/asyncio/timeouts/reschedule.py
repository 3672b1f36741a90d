import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled deadline hit")
    async with asyncio.timeout(0.005) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.02)
    print("deadline removed; expired:", cm.expired())
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("deadline in the past expires at once")
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.timeout(1)
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
