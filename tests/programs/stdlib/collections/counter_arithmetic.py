# Counter arithmetic keeps only positive counts; in-place forms too.
from collections import Counter

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+a, -a)
x = Counter(a=3, b=1)
x += Counter(a=-5, c=2)
print(x)
x -= Counter(c=1)
print(x)
x |= Counter(c=7, d=0)
print(x)
x &= Counter(c=2, e=1)
print(x)
try:
    Counter(a=1) + {"a": 1}
except TypeError as e:
    print("TypeError", e)
inventory = Counter(apple=5, pear=2)
order = Counter(apple=2, pear=3)
print(inventory - order, order - inventory, (inventory - order).total())
