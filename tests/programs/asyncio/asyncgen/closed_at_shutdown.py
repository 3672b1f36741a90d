import asyncio


async def numbers(label):
    try:
        for i in range(10):
            await asyncio.sleep(0)
            yield i
    finally:
        print(label, "finally runs")


async def main():
    global kept
    kept = numbers("kept")
    print("first of kept:", await kept.__anext__())
    print("main returns")


asyncio.run(main())
print("after run")
