import asyncio


async def fails(kind):
    await asyncio.sleep(0)
    raise kind("from a task")


async def main():
    tasks = [asyncio.create_task(fails(k)) for k in (ValueError, KeyError, OSError)]
    for t in tasks:
        try:
            await t
        except Exception as e:
            print("awaited:", type(e).__name__, e.args)
    again = []
    for t in tasks:
        try:
            t.result()
        except Exception as e:
            again.append(type(e).__name__)
    print("result() raises again:", again)
    print("same object:", tasks[0].exception() is tasks[0].exception())


asyncio.run(main())
