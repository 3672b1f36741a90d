# timeit with a fake timer (so results are deterministic): Timer on
# strings and callables, setup, globals, repeat, autorange, and the
# command-line main() report.
import timeit


class FakeClock:
    def __init__(self, step):
        self.now = 0.0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now


class PairClock:
    """Each timing reads the clock twice: the first read gives 0, the
    second the next of the given durations."""

    def __init__(self, durations):
        self.durations = iter(durations)
        self.starting = True

    def __call__(self):
        self.starting = not self.starting
        return next(self.durations) if self.starting else 0.0


counter = {"calls": 0}


def work():
    counter["calls"] += 1


t = timeit.Timer("work()", timer=FakeClock(0.5), globals={"work": work})
print(t.timeit(number=10), counter["calls"])
print(timeit.Timer(work, timer=FakeClock(0.25)).repeat(repeat=3, number=4), counter["calls"])
print(timeit.timeit("x = y * 2", setup="y = 21", number=5, timer=FakeClock(1.0)))
print(timeit.repeat("pass", repeat=2, number=1, timer=FakeClock(0.125)))
print(timeit.Timer("pass", timer=FakeClock(0.25)).autorange())
seen = []
found = timeit.Timer("pass", timer=PairClock([0.01, 0.05, 0.1, 0.15, 0.3])).autorange(
    lambda n, t: seen.append((n, t)))
print(seen, found)
for bad_stmt in ["return 1", 42]:
    try:
        timeit.Timer(bad_stmt)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, str(e).split(" (")[0])
print(timeit.main(["-n", "100", "-r", "3", "-s", "a = 1", "a + 1"], _wrap_timer=lambda t: FakeClock(0.002)))
print(timeit.main(["--number=10", "--unit=usec", "pass"], _wrap_timer=lambda t: FakeClock(0.001)))
print(timeit.main(["-u", "years", "pass"]))
