import asyncio


class BadYield:
    def __await__(self):
        yield "not a future"


class SelfAwait:
    pass


async def bad():
    await BadYield()


async def main():
    t = asyncio.create_task(bad())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])


asyncio.run(main())
