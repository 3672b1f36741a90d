# Sequence behaviours found by CPython's seq_tests, list_tests and test_range.
import sys

# index() bounds far beyond sys.maxsize are clamped, as slice indices are.
big = 4 * sys.maxsize
print([1, 2].index(2, -big, big))
print((1, 2, 3).index(3, -big, big))
print([1, 2, 3].index(1, -big), (1, 2, 3).index(2, 1, big))
for seq in ([1, 2], (1, 2)):
    try:
        seq.index(1, big)
    except ValueError as e:
        print("ValueError", e)
    try:
        seq.index(2, 0, -big)
    except ValueError as e:
        print("ValueError", e)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print([1, 2].index(2, Index(1)), (1, 2).index(1, Index(-big), Index(big)), [3].index(3, True - 1))
try:
    [1].index(1, "x")
except TypeError as e:
    print("TypeError", e)


# Only the exact list and tuple refuse keyword arguments.
class L(list):
    def __init__(self, seq, newarg=None):
        super().__init__(seq)
        self.newarg = newarg


x = L([1, 2], newarg=3)
print(x, x.newarg, type(x).__name__)


class T(tuple):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self


y = T([1, 2], newarg=4)
print(y, y.newarg)
for cls in (list, tuple):
    try:
        cls([1], newarg=3)
    except TypeError as e:
        print("TypeError", e)

r = range(10**20)
print(r.count(10**20 - 1), r.count(10**20), r.count(-1))
print(range(0, 10**20, 3).index(3 * 10**18))
print(range(-(10**20), 0, 7)[-1])
