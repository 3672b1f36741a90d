# types.MethodType(function, instance) binds any callable to any object;
# the result behaves like a method found by attribute lookup.
import types

class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, by=1):
        self.n += by
        return self.n

c = Counter()
m = types.MethodType(Counter.bump, c)
print(type(m) is type(c.bump), m.__self__ is c, m.__func__ is Counter.bump)
print(m(), m(5), c.n, m == c.bump)

def describe(self, suffix):
    return "%s %s" % (type(self).__name__, suffix)

bound = types.MethodType(describe, 42)
print(bound("bound"), bound.__name__)
print(types.MethodType(len, "abc")())

for args in [(describe,), (describe, 1, 2), (1, 2), (describe, None)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    types.MethodType(function=describe, instance=1)
except TypeError as e:
    print("TypeError:", e)

# Equality and hashing follow the function and the instance; copies rebind.
import copy
other = Counter()
print(c.bump == c.bump, c.bump != c.bump, c.bump == other.bump,
      hash(c.bump) == hash(m), len({c.bump, m, other.bump}))
print(copy.copy(m).__self__ is c, copy.deepcopy(m).__self__ is c,
      copy.deepcopy(m).__func__ is Counter.bump)
print(m.__reduce__()[0] is getattr, m.__reduce__()[1][1])
