import asyncio


async def sleeper():
    await asyncio.sleep(1)


async def stubborn():
    asyncio.current_task().cancel("own message")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("stubborn swallowed", repr(e))
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("stubborn swallowed", repr(e))
    for _ in range(3):
        await asyncio.sleep(0)
    print("stubborn finishes last")
    return "stubborn result"


async def main():
    g = asyncio.gather(stubborn(), sleeper(), return_exceptions=True)
    for _ in range(3):
        await asyncio.sleep(0)
    print("cancel ->", g.cancel("from outside"))
    try:
        await g
    except asyncio.CancelledError as e:
        # The gather takes its CancelledError from its last argument,
        # not from the child that finished last.
        print("gather raised", repr(e))


asyncio.run(main())
