# Resuming a generator: a tight next() loop over a suspended frame.
def counter():
    n = 0
    while True:
        yield n
        n += 1


def drive(steps):
    g = counter()
    step = g.__next__
    last = 0
    for _ in range(steps):
        last = step()
    return last


print(drive(3_000_000))
