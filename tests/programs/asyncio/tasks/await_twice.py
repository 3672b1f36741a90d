import asyncio


async def compute():
    await asyncio.sleep(0)
    return "value"


async def explode():
    await asyncio.sleep(0)
    raise OverflowError("shared failure")


async def reader(name, task):
    try:
        print(name, "got", await task)
    except OverflowError as e:
        print(name, "got error", e)


async def main():
    t = asyncio.create_task(compute())
    await asyncio.gather(reader("r1", t), reader("r2", t))
    print("awaiting a finished task again:", await t)
    bad = asyncio.create_task(explode())
    await asyncio.gather(reader("r3", bad), reader("r4", bad))


asyncio.run(main())
