# async for calls __aiter__ once and awaits __anext__ until StopAsyncIteration.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        print("__aiter__")
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    async for i in Countdown(3):
        print("got", i)
    else:
        print("else after exhaustion")
    async for i in Countdown(5):
        if i == 2:
            print("break at", i)
            break
    else:
        print("not printed")
    async for i in Countdown(4):
        if i % 2:
            continue
        print("even", i)
    async for a, b in Pairs():
        print("pair", a, b)


class Pairs:
    def __init__(self):
        self.items = [(1, "x"), (2, "y")]

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


try:
    main().send(None)
except StopIteration:
    print("done")
