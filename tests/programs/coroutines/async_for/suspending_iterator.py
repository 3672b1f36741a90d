# An async iterator whose __anext__ suspends: each item costs one trip to the driver.
class Tick:
    def __await__(self):
        got = yield "need data"
        return got


class Stream:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return await Tick()


async def consume():
    seen = []
    async for item in Stream(3):
        seen.append(item)
    return seen


c = consume()
request = c.send(None)
feed = iter(["alpha", "beta", "gamma"])
while True:
    print("driver:", request)
    try:
        request = c.send(next(feed))
    except StopIteration as e:
        print(e.value)
        break
