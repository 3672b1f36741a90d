# Generator expressions are generators over their own hidden function.
squares = (x * x for x in range(5))
print(type(squares).__name__, squares.__name__, squares.__qualname__)
print(next(squares), next(squares))
print(list(squares))
print(sum(x for x in range(101)))
print(max((len(w), w) for w in "the quick brown fox".split()))

def nested():
    return ((i, j) for i in range(3) for j in range(i) if (i + j) % 2)
print(list(nested()))
print(nested().__qualname__)

# The first iterable is evaluated at once, the rest lazily.
try:
    gen = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
lazy = (y for x in [1] for y in x)
try:
    next(lazy)
except TypeError as e:
    print("TypeError:", e)

data = [1, 2, 3]
g = (x * 10 for x in data)
data.append(4)
print(list(g))
print(all(x > 0 for x in data), any(x > 3 for x in data))
print(sorted((x % 3, x) for x in range(7)))
