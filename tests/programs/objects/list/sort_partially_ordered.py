# list.sort on partially ordered data (long runs, interleaved blocks,
# appended items, many equal keys): sorted and stable, with key= and
# reverse=, as the galloping merges must keep it.
import random

random.seed(7)
n = 3000
shapes = {
    'two runs': list(range(0, n, 2)) + list(range(1, n, 2)),
    'halves swapped': list(range(n // 2, n)) + list(range(n // 2)),
    'sorted + appended': list(range(n)) + [random.randrange(n) for _ in range(20)],
    'blocks': [i // 37 for i in range(n)][::-1] + [i // 11 for i in range(n)],
    'few swaps': None,
}
a = list(range(n))
for _ in range(30):
    i, j = random.randrange(n), random.randrange(n)
    a[i], a[j] = a[j], a[i]
shapes['few swaps'] = a

for name, data in shapes.items():
    tagged = [(v // 5, i) for i, v in enumerate(data)]
    by_key = sorted(tagged, key=lambda t: t[0])
    stable = all(x[0] < y[0] or (x[0] == y[0] and x[1] < y[1])
                 for x, y in zip(by_key, by_key[1:]))
    rev = sorted(tagged, key=lambda t: t[0], reverse=True)
    rev_stable = all(x[0] > y[0] or (x[0] == y[0] and x[1] < y[1])
                     for x, y in zip(rev, rev[1:]))
    plain = sorted(data)
    print(name, len(plain), plain[:5], plain[-3:], stable, rev_stable,
          sum(i * v for i, v in enumerate(plain)) % 1000003)
