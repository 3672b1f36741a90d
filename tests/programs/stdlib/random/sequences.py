# choice, shuffle, sample (both of its algorithms, and counts=) and
# choices (plain, weighted, cumulative) draw the same items as CPython.
import random

r = random.Random(7)
print([r.choice("abcdefg") for _ in range(10)])
print(r.choice([10, 20, 30]), r.choice(range(1000)), r.choice((None,)))
deck = list(range(20))
r.shuffle(deck)
print(deck)
words = "the quick brown fox jumps over the lazy dog".split()
r.shuffle(words)
print(words)
print(r.sample(range(100), 10))
print(r.sample(range(10**6), 8))
print(r.sample("abcdefghij", 10))
print(r.sample(["red", "blue"], 5, counts=[4, 2]))
print(r.choices("abc", k=8))
print(r.choices(["win", "lose"], [1, 9], k=8))
print(r.choices("xyz", cum_weights=[1, 1, 10], k=6))
print(r.choices(range(5), weights=[0.5, 0, 0, 0, 0.5], k=6))
print(r.randbytes(10))
