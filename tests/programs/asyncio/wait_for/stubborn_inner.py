import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores the first cancel")
        await asyncio.sleep(0.01)
        return "got out anyway"


async def main():
    result = await asyncio.wait_for(stubborn(), timeout=0.01)
    print("wait_for returned", result)


asyncio.run(main())
