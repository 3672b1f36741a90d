# itertools iterators pull from their inputs only when asked, one item at
# a time, and stay exhausted once done.
from itertools import (accumulate, chain, compress, count, cycle, dropwhile,
                       filterfalse, groupby, islice, pairwise, product, repeat,
                       starmap, takewhile, tee, zip_longest)


def noisy(name, items):
    for item in items:
        print(f"  {name} gives {item!r}")
        yield item
    print(f"  {name} is done")


print("islice")
s = islice(noisy("src", range(10)), 1, 6, 2)
print(next(s))
print(list(s))
print(list(s))

print("chain")
c = chain(noisy("a", [1, 2]), noisy("b", [3]))
print(next(c), next(c), next(c))
print(list(c))

print("takewhile / dropwhile")
print(list(takewhile(lambda x: x < 3, noisy("t", [1, 2, 3, 4]))))
d = dropwhile(lambda x: x < 3, noisy("d", [1, 2, 3, 1]))
print(next(d))
print(list(d))

print("accumulate / compress / filterfalse / starmap")
print(list(islice(accumulate(noisy("acc", [1, 2, 3, 4])), 2)))
print(list(compress(noisy("data", "abc"), [1, 0])))
print(next(filterfalse(lambda x: x > 1, noisy("ff", [5, 0, 7]))))
print(next(starmap(lambda a, b: a * b, noisy("pairs", [(2, 3), (4, 5)]))))

print("pairwise / zip_longest")
p = pairwise(noisy("pw", "xyz"))
print(next(p))
print(list(p), list(p))
z = zip_longest(noisy("long", [1, 2, 3]), noisy("short", [9]))
print(list(z), list(z))

print("cycle reads its input once")
cy = cycle(noisy("cy", [1, 2]))
print([next(cy) for _ in range(5)])

print("product reads every input at once")
pr = product(noisy("p1", [1, 2]), noisy("p2", "ab"))
print(next(pr))

print("tee shares one source")
t1, t2 = tee(noisy("tee", [10, 20, 30]))
print(next(t1), next(t1))
print(next(t2))
print(list(t1), list(t2))

print("groupby: a group is valid until the next one starts")
groups = groupby(noisy("g", "aabbbc"))
k1, g1 = next(groups)
print(k1, next(g1))
k2, g2 = next(groups)
print(k2, list(g1), list(g2))
print([(k, list(g)) for k, g in groups])

print("infinite inputs")
evens = filterfalse(lambda n: n % 2, count())
print(list(islice(evens, 5)))
print(list(islice(zip(count(1), repeat("x"), cycle("ab")), 4)))
print(next(dropwhile(lambda n: n < 1000, count(0, 7))))
squares = (n * n for n in count())
print(list(takewhile(lambda v: v < 50, squares)))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(chain(Countdown(3), Countdown(2))), list(islice(Countdown(10), 3, None, 3)))
