# __aenter__/__aexit__ that really suspend pass their yields to the driver.
class Tick:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        yield self.label


class Lock:
    async def __aenter__(self):
        await Tick("acquire")
        return self

    async def __aexit__(self, *exc):
        await Tick("release")


async def critical(n):
    async with Lock():
        await Tick(f"work {n}")
    return n


def drive(coro):
    while True:
        try:
            print("driver:", coro.send(None))
        except StopIteration as e:
            return e.value


print(drive(critical(1)))
