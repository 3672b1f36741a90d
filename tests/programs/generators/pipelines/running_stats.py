# Stateful generators keep their locals between items.
def running_mean(xs):
    total = 0
    for n, x in enumerate(xs, 1):
        total += x
        yield total / n


def deltas(xs):
    it = iter(xs)
    try:
        prev = next(it)
    except StopIteration:
        return
    for x in it:
        yield x - prev
        prev = x


def window(xs, k):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)


data = [3, 1, 4, 1, 5, 9, 2, 6]
print(list(running_mean(data)))
print(list(deltas(data)))
print(list(deltas([])))
print(list(window(data, 3)))
print([sum(w) for w in window(data, 4)])
