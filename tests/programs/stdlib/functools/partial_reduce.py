# partial and reduce in detail: flattening, keyword merging, attributes,
# errors.
from functools import partial, reduce
import operator


def show(*args, **kwargs):
    return args, kwargs


p = partial(show, 1, 2, a=1, b=2)
print(p(), p(3, b=20, c=30), p.args, p.keywords)
print(type(p).__name__, type(p).__module__, callable(p))
nested = partial(partial(partial(show, 1), 2, x=1), 3, x=2, y=3)
print(nested.func is show, nested.args, nested.keywords, nested())


class Sub(partial):
    pass


s = Sub(p, 9)
print(type(s).__name__, s.func is p, s.args, s())
print(repr(partial(max, 1, key=abs)))
print(repr(partial(operator.add)), repr(partial(print, sep="-", end="!")))
print(partial(max)([3, 1, 2]), list(map(partial(pow, 2), range(6))))
p.attr = "extra"
print(p.attr)

for bad in [lambda: partial(), lambda: partial(1), lambda: partial(None, 1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

print(reduce(operator.add, [1, 2, 3]), reduce(operator.add, [], 0), reduce(operator.add, [5]))
print(reduce(operator.concat, ["a", "b", "c"], "-"), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], range(4), []))
print(reduce(operator.mul, iter(range(1, 8))))
for bad in [
    lambda: reduce(operator.add, []),
    lambda: reduce(operator.add, 5),
    lambda: reduce(operator.add),
    lambda: reduce(operator.add, [], 0, 1),
    lambda: reduce(operator.add, [1, "a"]),
    lambda: reduce(function=operator.add, iterable=[1]),
]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


def failing(a, b):
    if b == 3:
        raise ValueError("three")
    return a + b


try:
    reduce(failing, [1, 2, 3, 4])
except ValueError as e:
    print("ValueError", e)
