# Recipes built from itertools (written for this test): the iterators
# compose as in CPython.
import operator
from itertools import (accumulate, chain, combinations, count, cycle, groupby,
                       islice, pairwise, permutations, product, repeat, starmap,
                       tee, zip_longest, filterfalse, compress, takewhile)


def take(n, iterable):
    return list(islice(iterable, n))


def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch


def window(iterable, n):
    copies = tee(iterable, n)
    for i, c in enumerate(copies):
        for _ in islice(c, i):
            pass
    return zip(*copies)


def round_robin(*iterables):
    pending = [iter(it) for it in iterables]
    while pending:
        alive = []
        for it in pending:
            for item in islice(it, 1):
                yield item
                alive.append(it)
        pending = alive


def power_set(items):
    s = list(items)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def first_unique(iterable):
    seen = set()
    for item in filterfalse(lambda x: x in seen, iterable):
        seen.add(item)
        yield item


def run_lengths(text):
    return [(ch, sum(1 for _ in group)) for ch, group in groupby(text)]


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n


print(take(10, primes()))
print(list(batched("ABCDEFG", 3)))
print(list(window(range(6), 3)))
print(list(round_robin("ABC", "D", "EF")))
print(list(power_set([1, 2, 3])))
print(list(first_unique("AAAABBBCCDAABBB")))
print(run_lengths("aaabccddddd"))
print(list(accumulate(range(1, 11), operator.mul)))
print(list(accumulate([1, 2, 3, 4, 5], lambda a, b: a * 10 + b)))
print(sum(starmap(operator.mul, zip([1, 2, 3], [4, 5, 6]))))
print(list(zip_longest(*[iter("ABCDEFG")] * 3, fillvalue="x")))
print(["".join(p) for p in permutations("abc")])
print(sum(1 for a, b, c in product(range(1, 20), repeat=3) if a * a + b * b == c * c))
print(list(compress(range(20), cycle([1, 0, 0]))))
print(list(pairwise(accumulate(repeat(1, 5)))))
print(max(groupby(sorted("mississippi")), key=lambda kg: len(list(kg[1])))[0])
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))), list(chain.from_iterable(matrix)))
deck = list(product("23456789TJQKA", "SHDC"))
print(len(deck), deck[:3], deck[-1])
print(sum(1 for hand in combinations(range(8), 3)))
