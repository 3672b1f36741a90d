import asyncio


async def numbers(label):
    try:
        for i in range(10):
            await asyncio.sleep(0)
            yield i
    finally:
        print(label, "finally runs")


async def main():
    async for x in numbers("abandoned"):
        print("got", x)
        if x == 1:
            break
    print("after the loop")
    await asyncio.sleep(0)
    print("main continues")
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("after run")
