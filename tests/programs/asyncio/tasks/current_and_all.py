import asyncio


async def turns(n):
    """Let the loop go round `n` times."""
    for _ in range(n):
        await asyncio.sleep(0)


async def child(n):
    me = asyncio.current_task()
    print("child", n, "is", me.get_name())
    await turns(2 * n)
    return n


async def main():
    tasks = [asyncio.create_task(child(i), name="child-%d" % i) for i in range(3)]
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("all tasks:", names)
    await turns(3)
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("still pending:", names)
    print(await asyncio.gather(*tasks))
    print("left:", [t.get_name() for t in asyncio.all_tasks()])
    print(asyncio.current_task() is tasks[0], asyncio.current_task().get_name())


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
