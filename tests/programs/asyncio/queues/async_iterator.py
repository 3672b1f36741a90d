import asyncio

DONE = object()


class Channel:
    """An async iterator over a queue, ending at a sentinel."""

    def __init__(self):
        self.queue = asyncio.Queue()

    async def send(self, item):
        await self.queue.put(item)

    async def close(self):
        await self.queue.put(DONE)

    def __aiter__(self):
        return self

    async def __anext__(self):
        item = await self.queue.get()
        if item is DONE:
            raise StopAsyncIteration
        return item


async def produce(channel):
    for word in "the quick brown fox".split():
        await channel.send(word)
        await asyncio.sleep(0)
    await channel.close()


async def main():
    channel = Channel()
    producer = asyncio.create_task(produce(channel))
    words = [word.upper() async for word in channel]
    await producer
    print(words)


asyncio.run(main())
