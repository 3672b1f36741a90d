# Ranges whose values or length do not fit a machine integer iterate with
# a longrange_iterator, forwards and reversed, without building a list.
import itertools
import operator

r = range(1 << 1000)
it = iter(r)
print(type(it).__name__, next(it), next(it))
print(it.__length_hint__() == (1 << 1000) - 2)
print(list(iter(range(2**64, 2**64 + 3))))
print(type(iter(range(5))).__name__, type(reversed(range(5))).__name__)
print(list(range(2**63 - 2, 2**63 + 2)))
print(list(reversed(range(2**64, 2**64 + 3))))
print(list(reversed(range(2**63 - 2, 2**63 + 2, 2))))
print(type(iter(range(2**63 - 2, 2**63 + 2))).__name__)
print(type(reversed(range(-2**63, 0))).__name__, type(iter(range(-2**63, -2**63))).__name__)
print(list(reversed(range(-2**63, -2**63 + 3))))
print(list(reversed(range(10, 0, -3))), list(reversed(range(0))), list(reversed(range(5, 0))))
print(operator.length_hint(iter(range(2**70, 2**70 + 5))))
for i, v in zip(range(3), range(2**100, 2**101, 2**99)):
    print(i, v)
print(sum(range(2**64, 2**64 + 10)))
try:
    len(range(1 << 100))
except OverflowError as e:
    print(e)
print(range(1 << 100)[5], (1 << 100) - 1 in range(1 << 100))
it = iter(range(2**64, 2**64 + 1))
print(list(it), list(it))
print(list(itertools.islice(iter(range(-2**80, 2**80, 2**79)), 3)))
print(list(reversed(range(2**80, -2**80, -2**79)))[:3])
print([type(x).__name__ for x in (iter(range(0, 2**62, 2**61)), reversed(range(-2**62, 2**62, 2**61)))])
big = range(-2**70, 2**70, 3)
print(big[0], big[-1], big[2**68], range(5)[True])
for bad in (2**71, -2**71):
    try:
        big[bad]
    except IndexError as e:
        print(e)
try:
    operator.length_hint(iter(range(2**70)))
except OverflowError as e:
    print(e)
# Both ends must fit a machine integer for the short form.
print(list(itertools.islice(reversed(range(-2**64 - 2, -2**63 + 1, 2)), 3)))
print(type(reversed(range(-2**64 - 2, -2**63 + 1, 2))).__name__)
print(list(iter(range(2**63 - 3, 2**64, 2**62))))
