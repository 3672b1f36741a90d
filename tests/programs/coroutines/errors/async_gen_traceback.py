# An exception inside an async generator, seen through async for.
async def numbers():
    yield 1
    yield 2 // 0


async def main():
    async for n in numbers():
        print("got", n)


main().send(None)
