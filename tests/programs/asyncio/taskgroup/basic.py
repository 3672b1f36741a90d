import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print("job", name, "done")
    return name * 2


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.02))
        t2 = tg.create_task(job("b", 0.01))
        t3 = tg.create_task(job("c", 0), name="named")
        print("created", t3.get_name())
    print("all finished:", t1.result(), t2.result(), t3.result())


asyncio.run(main())
