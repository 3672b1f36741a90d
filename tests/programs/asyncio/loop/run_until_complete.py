import asyncio


async def work(x):
    await asyncio.sleep(0.001)
    return x + 1


loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(work(1)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "future result")
print(loop.run_until_complete(fut))
task = loop.create_task(work(10))
print(loop.run_until_complete(task), task.done())


async def nested():
    coro = work(0)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    print("running inside:", loop.is_running())


loop.run_until_complete(nested())
loop.close()
print(loop.is_closed())
coro = work(0)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
loop.close()
