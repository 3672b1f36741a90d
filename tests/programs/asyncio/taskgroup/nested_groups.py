import asyncio


async def leaf(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise LookupError(name)
    print("leaf", name)
    return name


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf("x", 0.01))
        tg.create_task(leaf("y", 0.02, fail=True))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(leaf("z", 0.005))
    except ExceptionGroup as eg:
        print("outer:", eg.message)
        inner = eg.exceptions[0]
        print("inner:", type(inner).__name__, inner.message, [repr(e) for e in inner.exceptions])


asyncio.run(main())
