import asyncio


async def waiter(event, name):
    print(name, "waiting")
    result = await event.wait()
    print(name, "woke with", result)


async def main():
    event = asyncio.Event()
    print("is_set:", event.is_set())
    tasks = [asyncio.create_task(waiter(event, "w%d" % i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("setting")
    event.set()
    print("is_set:", event.is_set())
    await asyncio.gather(*tasks)
    print("already set returns at once:", await event.wait())
    event.clear()
    print("after clear:", event.is_set())
    try:
        await asyncio.wait_for(event.wait(), 0.01)
    except asyncio.TimeoutError:
        print("nobody set it again")


asyncio.run(main())
