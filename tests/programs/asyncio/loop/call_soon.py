import asyncio


def cb(label, *args):
    print("callback", label, args)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "first")
    loop.call_soon(cb, "second", 1, 2)
    h = loop.call_soon(cb, "cancelled")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    print("scheduled three; none ran yet")
    await asyncio.sleep(0)
    print("after one turn")
    loop.call_soon(loop.call_soon, cb, "nested")
    await asyncio.sleep(0)
    print("nested scheduled, not run")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
