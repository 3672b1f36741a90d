# Generator pipelines, send-based coroutines and generator state.
def read(lines):
    for line in lines:
        yield line.strip()


def non_empty(lines):
    return (line for line in lines if line)


def numbered(lines, start=1):
    n = start
    for line in lines:
        yield f"{n}: {line}"
        n += 1


text = ["alpha ", "", " beta", "gamma", "  "]
print(list(numbered(non_empty(read(text)))))


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
next(avg)
print([avg.send(v) for v in [10, 20, 60]])


def take(n, it):
    for _, x in zip(range(n), it):
        yield x


def naturals():
    n = 0
    while True:
        yield n
        n += 1


print(list(take(5, (x * x for x in naturals()))), sum(take(100, naturals())))
g = naturals()
print(type(g).__name__, next(g), next(g), g.__name__)
g.close()
print(list(g))


def tree(n):
    if n:
        yield n
        yield from tree(n - 1)
        yield from tree(n - 1)


print(list(tree(3)))
