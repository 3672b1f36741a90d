import asyncio


async def leaf(x):
    await asyncio.sleep(0)
    return x + 1


async def middle(x):
    a = await leaf(x)
    b = await leaf(a)
    return a, b


async def top():
    results = []
    for i in range(3):
        results.append(await middle(i * 10))
    return results


print(asyncio.run(top()))
