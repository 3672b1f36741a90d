# The value of `yield from` is the subgenerator's return value.
def add(a, b):
    yield f"adding {a}+{b}"
    return a + b


def compute():
    x = yield from add(1, 2)
    y = yield from add(x, 10)
    z = yield from []
    w = yield from iter(())
    return x, y, z, w


g = compute()
for step in g:
    print(step)
try:
    next(compute())
except StopIteration:
    print("unexpected")


def collect(gen):
    steps = []
    while True:
        try:
            steps.append(next(gen))
        except StopIteration as e:
            return steps, e.value


print(collect(compute()))


class CountDown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n


def launch():
    result = yield from CountDown(3)
    yield result


print(list(launch()))
