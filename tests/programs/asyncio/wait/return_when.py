import asyncio


async def job(name, start, fail=False):
    await start.wait()
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    starts = {name: asyncio.Event() for name in "abc"}
    tasks = [
        asyncio.create_task(job("a", starts["a"]), name="a"),
        asyncio.create_task(job("b", starts["b"], fail=True), name="b"),
        asyncio.create_task(job("c", starts["c"]), name="c"),
    ]
    starts["a"].set()
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED:", names(done), names(pending))
    starts["b"].set()
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION:", names(done), names(pending))
    loop = asyncio.get_running_loop()
    loop.call_later(0.01, starts["c"].set)
    done, pending = await asyncio.wait(tasks)
    print("ALL_COMPLETED:", names(done), names(pending))
    print([repr(t.exception()) for t in tasks])
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("already done:", names(done), names(pending))


asyncio.run(main())
