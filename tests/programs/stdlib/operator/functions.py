# The operator functions do what the operators do.
import operator as op

pairs = [(7, 3), (-7, 2), (2.5, 0.5), (True, 4), ("ab", "cd"), ([1], [2]), ((1, 2), 2)]
for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "and_", "or_",
             "xor", "lshift", "rshift", "lt", "le", "eq", "ne", "gt", "ge", "is_", "is_not",
             "concat", "contains"]:
    f = getattr(op, name)
    results = []
    for a, b in pairs:
        try:
            results.append(repr(f(a, b)))
        except Exception as e:
            results.append(type(e).__name__)
    print(name, " ".join(results))

for name in ["neg", "pos", "abs", "invert", "inv", "not_", "truth", "index"]:
    f = getattr(op, name)
    results = []
    for a in [5, -3, 0, True, 2.5, "", [1], 2**70]:
        try:
            results.append(repr(f(a)))
        except Exception as e:
            results.append(type(e).__name__)
    print(name, " ".join(results))

print(op.matmul.__name__, op.__add__ is op.add, op.__not__ is op.not_, op.__and__ is op.and_)
print(op.add, op.__all__ == sorted(op.__all__), len(op.__all__))

data = [3, 1, 4, 1, 5, 9, 2, 6]
print(op.getitem(data, 2), op.getitem(data, slice(1, 4)), op.getitem({"k": 1}, "k"))
op.setitem(data, 0, 30)
op.delitem(data, 1)
print(data, op.countOf(data, 1), op.countOf([1, 1.0, True, 2], 1), op.indexOf(data, 5))
op.delitem(data, slice(0, 3))
print(data)

# In-place forms mutate mutable objects and return the result.
a = [1, 2]
b = op.iadd(a, [3])
print(a, b, a is b)
t = (1, 2)
u = op.iadd(t, (3,))
print(t, u)
print(op.or_({1, 2}, {3}), op.and_({1, 2}, {2, 3}), op.xor({1, 2}, {2, 3}), op.sub({1, 2}, {2}))
print(op.isub(10, 3), op.imul("ab", 3), op.ipow(2, 10), op.imod(17, 5), op.ixor(6, 3),
      op.ilshift(1, 5), op.irshift(64, 2), op.itruediv(7, 2), op.ifloordiv(7, 2),
      op.iand(12, 10), op.iconcat([1], [2]))


class Vector:
    def __init__(self, *xs):
        self.xs = xs

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self.xs, other.xs)))

    def __iadd__(self, other):
        self.xs = tuple(a + b for a, b in zip(self.xs, other.xs))
        return self

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __neg__(self):
        return Vector(*(-a for a in self.xs))

    def __index__(self):
        return len(self.xs)

    def __repr__(self):
        return f"Vector{self.xs}"


v, w = Vector(1, 2), Vector(3, 4)
print(op.add(v, w), op.matmul(v, w), op.neg(v), op.index(v))
same = op.iadd(v, w)
print(same, same is v, op.imatmul(v, w))

print(op.call(max, 3, 9, 2), op.call(sorted, [3, 1, 2], reverse=True))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2, 3])), op.length_hint(range(10)),
      op.length_hint(iter(range(5))), op.length_hint(42), op.length_hint(42, 7))


class Hinted:
    def __init__(self, hint):
        self.hint = hint

    def __length_hint__(self):
        return self.hint


for hint in [5, NotImplemented, -1, "x"]:
    try:
        print(repr(hint), op.length_hint(Hinted(hint), 99))
    except Exception as e:
        print(repr(hint), type(e).__name__, e)
