"""A tiny event loop: coroutines that await `sleep` are parked in a timer
heap; the loop resumes whichever is due next. Time is simulated, so the
output is the same on every run."""
import heapq


class sleep:
    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        yield self.delay


class Loop:
    def __init__(self):
        self.now = 0
        self.timers = []
        self.seq = 0

    def spawn(self, coro, at=0):
        heapq.heappush(self.timers, (at, self.seq, coro))
        self.seq += 1

    def run(self):
        while self.timers:
            self.now, _, coro = heapq.heappop(self.timers)
            try:
                delay = coro.send(None)
            except StopIteration as stop:
                print(f"t={self.now}: {coro.__name__} finished -> {stop.value}")
            else:
                self.spawn(coro, self.now + delay)


loop = Loop()


async def worker(name, delay, rounds):
    for i in range(rounds):
        print(f"t={loop.now}: {name} step {i}")
        await sleep(delay)
    return name.upper()


loop.spawn(worker("fast", 1, 3))
loop.spawn(worker("slow", 2, 2))
loop.run()
