import asyncio


async def compute(x):
    await asyncio.sleep(0)
    return x * x


def report(label):
    def callback(task):
        print(label, "saw", task.result(), task.done())
    return callback


async def main():
    t = asyncio.create_task(compute(7))
    t.add_done_callback(report("first"))
    t.add_done_callback(report("second"))
    cb = report("removed")
    t.add_done_callback(cb)
    t.add_done_callback(cb)
    print("removed count", t.remove_done_callback(cb))
    print("awaited", await t)
    print("after await")
    t.add_done_callback(report("late"))
    print("late callback scheduled")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
