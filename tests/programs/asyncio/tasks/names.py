import asyncio


async def noop():
    await asyncio.sleep(0)


async def main():
    me = asyncio.current_task()
    print(me.get_name())
    t1 = asyncio.create_task(noop())
    t2 = asyncio.create_task(noop(), name="custom")
    t3 = asyncio.create_task(noop(), name=42)
    t4 = asyncio.create_task(noop())
    print(t1.get_name(), t2.get_name(), repr(t3.get_name()), t4.get_name())
    t1.set_name("renamed")
    print(t1.get_name())
    await asyncio.gather(t1, t2, t3, t4)
    print(t1.get_coro().__name__)


asyncio.run(main())
asyncio.run(main())
