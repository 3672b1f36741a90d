# A tiny event loop: tasks are coroutines; `await Yield()` gives up the turn.
class Yield:
    def __await__(self):
        yield


class Loop:
    def __init__(self):
        self.ready = []
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def run(self):
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"{name} finished -> {e.value}")
            else:
                self.ready.append((name, coro))
        return self.results


async def worker(name, steps):
    total = 0
    for i in range(steps):
        print(f"{name} step {i}")
        total += i
        await Yield()
    return total


loop = Loop()
loop.spawn("A", worker("A", 3))
loop.spawn("B", worker("B", 1))
loop.spawn("C", worker("C", 2))
print(loop.run())
