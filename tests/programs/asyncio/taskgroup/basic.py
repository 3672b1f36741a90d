import asyncio


async def turns(n):
    """Let the loop go round `n` times."""
    for _ in range(n):
        await asyncio.sleep(0)


async def job(name, rounds):
    await turns(rounds)
    print("job", name, "done")
    return name * 2


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 2))
        t2 = tg.create_task(job("b", 1))
        t3 = tg.create_task(job("c", 0), name="named")
        print("created", t3.get_name())
    print("all finished:", t1.result(), t2.result(), t3.result())


asyncio.run(main())
