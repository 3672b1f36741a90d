import asyncio


class Ticks:
    """An awaitable that yields control a number of times."""

    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            print("tick", i)
            yield
        return "ticked %d" % self.n


async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(other())
    print(await Ticks(3))
    await t


asyncio.run(main())
