# Infinite generators are fine as long as the consumer stops.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    for i, x in enumerate(it):
        if i == n:
            return
        yield x


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n


print(list(take(10, naturals(5))))
print(list(take(15, fib())))
print(list(take(12, primes())))
print(sum(take(1000, naturals())))
pairs = zip(naturals(), "abc")
print(list(pairs))
