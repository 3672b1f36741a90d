import asyncio


async def stage(name, inbox, outbox, fn):
    while True:
        item = await inbox.get()
        if item is None:
            await outbox.put(None)
            return name + " stopped"
        await outbox.put(fn(item))


async def main():
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(), asyncio.Queue()
    s1 = asyncio.create_task(stage("double", q1, q2, lambda x: x * 2))
    s2 = asyncio.create_task(stage("inc", q2, q3, lambda x: x + 1))
    for i in range(5):
        await q1.put(i)
    await q1.put(None)
    out = []
    while (item := await q3.get()) is not None:
        out.append(item)
    print(out, await s1, await s2)


asyncio.run(main())
