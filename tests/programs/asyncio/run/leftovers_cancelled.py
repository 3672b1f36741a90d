import asyncio


async def background():
    try:
        print("background started")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background cancelled at shutdown")
        raise
    finally:
        print("background finally")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main returns while background is pending")
    return "main result"


print(asyncio.run(main()))
