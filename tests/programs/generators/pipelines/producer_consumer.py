# A lazy pipeline: each stage pulls from the one before, one item at a time.
log = []


def produce(n):
    for i in range(n):
        log.append(f"produce {i}")
        yield i


def square(items):
    for x in items:
        log.append(f"square {x}")
        yield x * x


def keep_odd(items):
    for x in items:
        if x % 2:
            yield x


def consume(items, limit):
    out = []
    for x in items:
        out.append(x)
        if len(out) == limit:
            break
    return out


print(consume(keep_odd(square(produce(10))), 3))
print(log)
