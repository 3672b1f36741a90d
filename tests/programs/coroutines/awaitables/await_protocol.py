# What `await` accepts: coroutines, and objects whose __await__ returns an iterator.
class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return iter([])  # finishes at once with StopIteration() -> None


class Yields:
    def __await__(self):
        yield "one"
        yield "two"
        return "yields done"


class ViaGenerator:
    def __await__(self):
        return (x for x in ["genexp"])


class ReturnsWrapper:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


async def answer():
    return 42


async def main():
    print("Ready ->", await Ready(1))
    print("Yields ->", await Yields())
    print("ViaGenerator ->", await ViaGenerator())
    print("ReturnsWrapper ->", await ReturnsWrapper(answer()))
    return "main done"


coro = main()
while True:
    try:
        print("yielded", coro.send(None))
    except StopIteration as e:
        print(e.value)
        break
