import asyncio

log = []


async def task_body(name):
    log.append(name + ":1")
    await asyncio.sleep(0)
    log.append(name + ":2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "cb1")
    t = asyncio.create_task(task_body("t"))
    loop.call_soon(log.append, "cb2")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log.append("fut-done"))
    loop.call_soon(fut.set_result, None)
    log.append("main yields")
    await asyncio.sleep(0)
    log.append("main resumes")
    await t
    log.append("main end")
    print("\n".join(log))


asyncio.run(main())
