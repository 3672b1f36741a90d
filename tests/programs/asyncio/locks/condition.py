import asyncio


async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        item = items.pop(0)
        print(name, "consumed", item)


async def producer(cond, items):
    for i in range(3):
        await asyncio.sleep(0.005)
        async with cond:
            items.append(i)
            print("produced", i)
            cond.notify()


async def main():
    cond = asyncio.Condition()
    items = []
    await asyncio.gather(
        consumer(cond, items, "c1"),
        consumer(cond, items, "c2"),
        consumer(cond, items, "c3"),
        producer(cond, items),
    )
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def waiter(n):
        async with cond:
            await cond.wait()
            print("notify_all woke", n)

    ws = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)


asyncio.run(main())
