# Counter: counting, most_common (ties keep first-seen order), elements,
# update/subtract, total and repr.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(c["a"], c["zzz"], "zzz" in c, c.total())
print(sorted(c.elements()), "".join(c.elements()))
c.update("aaz")
c.update({"b": 10})
print(c)
c.subtract(a=7, q=2)
print(c)
del c["nothing"]
del c["z"]
print(c, len(c))
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(3))
print(Counter({"x": 3, "y": 3, "z": 5}).most_common())
print(Counter(cats=4, dogs=8), Counter(), Counter([]))
print(Counter("aab") == Counter("aba"), Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=3), Counter(a=1, b=1) >= Counter(a=1))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
class Tally(Counter):
    pass
print(Tally("hello"), Tally("ab").copy())
print(dict(Counter("banana")), list(Counter("banana").items()))
print(Counter({1: 2, "s": 1}))
