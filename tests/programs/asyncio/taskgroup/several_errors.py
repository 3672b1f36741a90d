import asyncio


async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0, KeyError("k")))
            tg.create_task(fail_after(0, IndexError("i")))
            tg.create_task(fail_after(0.5, OSError("never")))
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, repr(eg.message))
        for e in eg.exceptions:
            print("  ", repr(e))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0, TypeError("t")))
    except* TypeError as eg:
        print("except* got", [str(e) for e in eg.exceptions])


asyncio.run(main())
