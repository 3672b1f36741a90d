import asyncio


async def main(n):
    t = asyncio.current_task()
    helper = asyncio.create_task(asyncio.sleep(0))
    await helper
    return n, t.get_name(), helper.get_name()


for i in range(3):
    print(asyncio.run(main(i)))
