# lru_cache: hits and misses, eviction order, typed keys, keywords,
# maxsize 0 and None, cache_clear, cache_parameters, recursion.
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    square(x)
print(calls, square.cache_info())
print(square.cache_parameters(), square.__name__, square.__wrapped__(7))
square.cache_clear()
print(square.cache_info())


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(3), kind(3.0), kind(True), kind.cache_info())


@lru_cache
def bare(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c


calls.clear()
print(bare(1), bare(1, 2), bare(1, b=2), bare(1, c=3), bare(1, c=3), bare(a=1))
print(calls, bare.cache_info())


@lru_cache(maxsize=0)
def never(x):
    return x


print(never(1), never(1), never.cache_info())


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100), fib.cache_info())


@cache
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(50), ways.cache_info().currsize > 0)
info = fib.cache_info()
print(type(info).__name__, info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info))


@lru_cache(maxsize=-5)
def negative(x):
    return x


print(negative(1), negative(1), negative.cache_info())

try:
    square([1])
except TypeError as e:
    print("TypeError", e)
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError", e)


class Account:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=None)
    def doubled(self):
        calls.append(self.n)
        return self.n * 2

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return self.n == other.n


calls.clear()
a, b = Account(4), Account(4)
print(a.doubled(), b.doubled(), calls, Account.doubled.cache_info())
