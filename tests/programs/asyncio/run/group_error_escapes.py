import asyncio


async def bad(n):
    await asyncio.sleep(0)
    raise ValueError(n)


async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(3):
            tg.create_task(bad(i))


try:
    asyncio.run(main())
except* ValueError as eg:
    print(eg.message, sorted(str(e) for e in eg.exceptions))
