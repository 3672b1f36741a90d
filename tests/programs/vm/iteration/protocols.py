class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
for v in Seq():
    print("item", v)

class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(CountDown(3)), sum(CountDown(4)), sorted(CountDown(3)))
it = iter(CountDown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

calls = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(calls), 0)))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)

class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print(e)

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)

r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(reversed(range(5))), list(reversed("abc")))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "xyz"[i]
print(list(reversed(Rev())))
class CustomRev:
    def __reversed__(self):
        return iter("custom")
print("".join(reversed(CustomRev())))

d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for k in s:
        s.add(99)
except RuntimeError as e:
    print(e)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)

e = enumerate("ab")
print(next(e), list(e))
m = map(str, [1, 2])
print(next(m), list(m), list(m))
f = filter(None, [0, 1, "", "a", None, []])
print(list(f))
z = zip()
print(list(z))
g = (x * x for x in range(3))
print(list(g), list(g))
print(list(range(10, 0, -3)), range(5)[1:3], range(0, 10, 2)[-1], len(range(1, 100, 7)))
print(range(3) == range(0, 3), 5 in range(0, 10, 5))
