# reversed() steps back through built-in sequences by position, asks
# __reversed__ first, takes user sequences with __len__ and __getitem__,
# and refuses what has no order.
print(type(reversed([1, 2])).__name__, type(reversed((1, 2))).__name__)
print(type(reversed("ab")).__name__, type(reversed(range(3))).__name__)
print(list(reversed((1, 2, 3))), "".join(reversed("héllo")), list(reversed(b"abc")))
print(list(reversed(bytearray(b"xyz"))), list(reversed(range(0, 10, 4))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class Own:
    def __reversed__(self):
        return iter("own")


print(list(reversed(Seq())), list(reversed(Own())))
for bad in ({1, 2}, frozenset(), iter([1]), (x for x in ()), 5, None):
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
t = (1, 2, 3)
it = reversed(t)
print(next(it), it.__length_hint__(), list(it), list(it))
big = reversed(range(-2**63, 0))
print(type(big).__name__, next(big), next(big))
