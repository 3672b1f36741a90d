import asyncio


async def step(n):
    await asyncio.sleep(0)
    return n * 3


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(step(1)), runner.run(step(2)))
    print("same loop:", runner.get_loop() is loop, "closed:", loop.is_closed())
print("closed after with:", loop.is_closed())
coro = step(3)
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
