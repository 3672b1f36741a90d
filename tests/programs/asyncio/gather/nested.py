import asyncio


async def leaf(name, d):
    await asyncio.sleep(d)
    return name


async def branch(prefix):
    return await asyncio.gather(leaf(prefix + "1", 0.01), leaf(prefix + "2", 0.005))


async def main():
    tree = await asyncio.gather(branch("a"), branch("b"), leaf("c", 0))
    print(tree)


asyncio.run(main())
