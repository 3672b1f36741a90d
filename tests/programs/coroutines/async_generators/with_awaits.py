# Inside an async generator, awaits pass through to the driver; yields come back as results.
class Sleep:
    def __init__(self, t):
        self.t = t

    def __await__(self):
        yield ("sleep", self.t)


async def slow_range(n):
    for i in range(n):
        await Sleep(i)
        yield i * 100


async def main():
    total = 0
    async for v in slow_range(3):
        print("main got", v)
        total += v
    return total


def drive(coro):
    while True:
        try:
            print("driver sees", coro.send(None))
        except StopIteration as e:
            return e.value


print(drive(main()))
g = slow_range(2)
a = g.__anext__()
print(a.send(None))
try:
    a.send(None)
except StopIteration as e:
    print("first value", e.value)
print(g.ag_await, g.ag_running)
