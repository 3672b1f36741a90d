import asyncio


def old_style():
    yield
    yield
    return "from a generator"


async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.iscoroutine(old_style()))
    t = loop.create_task(old_style())
    print(await t)


asyncio.run(main())
