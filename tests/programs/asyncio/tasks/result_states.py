import asyncio


async def ok():
    return "fine"


async def bad():
    raise RuntimeError("broken")


async def main():
    t1 = asyncio.create_task(ok())
    t2 = asyncio.create_task(bad())
    for t in (t1, t2):
        try:
            t.result()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
        try:
            t.exception()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    await asyncio.sleep(0)
    print(t1.done(), t1.cancelled(), t1.result(), t1.exception())
    print(t2.done(), t2.cancelled(), repr(t2.exception()))
    try:
        t2.result()
    except RuntimeError as e:
        print("result raised", repr(e))
    for method in (t1.set_result, t1.set_exception):
        try:
            method(None)
        except RuntimeError as e:
            print("RuntimeError:", e)


asyncio.run(main())
