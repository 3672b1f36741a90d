# Built-in iterators pickle and copy where they stand: the rebuilt one gives
# the same items from there on, and the original is not moved.
import copy
import pickle


def check(label, make, advance=1):
    it = make()
    for _ in range(advance):
        next(it, None)
    results = []
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(it, proto))
        results.append(list(again))
    copied = copy.copy(it)
    print(label, type(it).__name__, results[0], all(r == results[0] for r in results),
          list(copied), list(it))


check("list", lambda: iter([1, 2, 3, 4]))
check("tuple", lambda: iter((1, 2, 3)), 2)
check("str", lambda: iter("abcd"))
check("bytes", lambda: iter(b"xyz"))
check("range", lambda: iter(range(10, 20, 3)))
check("long range", lambda: iter(range(2**70, 2**70 + 4)))
check("reversed list", lambda: reversed([1, 2, 3, 4]))
check("reversed tuple", lambda: reversed((1, 2, 3, 4)), 2)
check("reversed range", lambda: reversed(range(5)))
check("dict keys", lambda: iter({"a": 1, "b": 2, "c": 3}))
check("dict values", lambda: iter({"a": 1, "b": 2, "c": 3}.values()))
check("dict items", lambda: iter({"a": 1, "b": 2}.items()), 0)
check("set", lambda: iter({7}), 0)
check("enumerate", lambda: enumerate("abc", 5))
check("zip", lambda: zip([1, 2, 3], "abc"))
check("map", lambda: map(abs, [-1, -2, -3]))
check("filter", lambda: filter(None, [0, 1, 0, 2, 3]))
check("exhausted", lambda: iter([1]), 2)

print(iter([1, 2, 3]).__reduce__()[1:], iter(range(3)).__reduce__()[1:])
it = iter([1, 2, 3, 4])
it.__setstate__(2)
print(list(it))
it = iter(range(10))
it.__setstate__(7)
print(list(it))
it = reversed([1, 2, 3, 4])
it.__setstate__(1)
print(list(it))
it = iter(range(2**70, 2**70 + 5))
it.__setstate__(3)
print(list(it))
it = zip([1], [2, 3], strict=True)
print(it.__reduce__()[2:], list(pickle.loads(pickle.dumps(zip("ab", "cd", strict=True)))))
