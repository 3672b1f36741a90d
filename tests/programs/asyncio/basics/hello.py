import asyncio


async def greet(name):
    print("hello", name)
    await asyncio.sleep(0)
    print("bye", name)
    return len(name)


async def main():
    n = await greet("world")
    print("returned", n)
    return n * 2


print("run ->", asyncio.run(main()))
