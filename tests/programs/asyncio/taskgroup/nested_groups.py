import asyncio


async def turns(n):
    """Let the loop go round `n` times."""
    for _ in range(n):
        await asyncio.sleep(0)


async def leaf(name, rounds, fail=False):
    await turns(rounds)
    if fail:
        raise LookupError(name)
    print("leaf", name)
    return name


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf("x", 2))
        tg.create_task(leaf("y", 4, fail=True))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(leaf("z", 1))
    except ExceptionGroup as eg:
        print("outer:", eg.message)
        inner = eg.exceptions[0]
        print("inner:", type(inner).__name__, inner.message, [repr(e) for e in inner.exceptions])


asyncio.run(main())
