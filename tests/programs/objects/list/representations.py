# Every list method on a list of small ints, a list that turns general
# when another kind of item arrives, and a general list; the items keep
# their kinds (1 and 1.0 and True stay apart) whatever the list holds.
import copy
import pickle
import sys


def show(label, xs):
    print(label, xs, [type(x).__name__ for x in xs][:6])


def ints():
    return [5, 3, 8, 1, 9, 2]


def mixed():
    return [5, "three", 8.0, None, 9, (2,)]


for make in (ints, mixed):
    print("---", make.__name__)
    xs = make()
    show("made", xs)
    xs.append(7)
    show("append", xs)
    xs.extend([4, 6])
    show("extend", xs)
    xs.insert(0, -1)
    xs.insert(-2, 100)
    xs.insert(99, 101)
    show("insert", xs)
    print("pop", xs.pop(), xs.pop(0), xs.pop(-3))
    xs.remove(7)
    show("remove", xs)
    print("index", xs.index(5), xs.index(9), xs.index(9, 2, 9))
    print("count", xs.count(8), xs.count(8.0), xs.count(True), xs.count(1))
    xs.reverse()
    show("reverse", xs)
    c = xs.copy()
    print("copy", c == xs, c is xs)
    print("slices", xs[1:4], xs[::-2], xs[-3:], xs[10:])
    xs[1:3] = [11, 12, 13]
    show("slice assign", xs)
    xs[::2] = [0] * len(xs[::2])
    show("extended slice assign", xs)
    del xs[1:3]
    del xs[::3]
    show("slice delete", xs)
    xs[0] = 42
    xs[-1] = -42
    show("item assign", xs)
    del xs[0]
    show("item delete", xs)
    print("in", 42 in xs, -42 in xs, 12 in xs, 12.0 in xs)
    print("+", xs + [1], [1] + xs)
    print("*", xs * 2, 0 * xs)
    ys = list(xs)
    ys += [3]
    ys *= 2
    print("inplace", ys)
    print("compare", xs == list(xs), xs < xs + [0], [1, 2] < [1, 3], [1, 2] == [1.0, 2.0])
    print("len", len(xs), bool(xs), bool([]))
    for k in range(len(xs)):
        print(k, repr(xs[k]), end="; ")
    print()
    print("iter", list(iter(xs)), list(reversed(xs)))
    a, *b = xs
    print("unpack", a, b)
    print("enumerate", list(enumerate(xs))[:3])
    xs.clear()
    show("clear", xs)
    xs.append("again")
    xs.append(1)
    show("after clear", xs)

print("--- conversions")
xs = [1, 2, 3]
xs.append("four")
show("int list gets a str", xs)
xs = [1, 2, 3]
xs.append(4.0)
show("int list gets a float", xs)
print([1, 2.0], [1, True], [True, 1], [0, False])
xs = [1, 2]
xs[0] = True
show("bool stored", xs)
xs = [1, 2]
xs.insert(1, 1.0)
show("float inserted", xs)
xs = [2 ** 62, 2 ** 63, -2 ** 63, -2 ** 63 - 1]
show("edges of i64", xs)
xs = [10, 20]
xs[1:1] = ["mid"]
show("str spliced in", xs)
xs = [10, 20]
xs.extend(x for x in (30, 40.5))
show("generator extend", xs)

print("--- sort")
xs = [5, -3, 8, 1, 9, 2, 8, -3, 0]
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
xs.sort(key=abs)
print(xs)
xs.sort(key=lambda v: v % 3, reverse=True)
print(xs)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs, sorted([3, 1, 2]), sorted([3, 1.5, 2], reverse=True))
mixed_sort = [3, 1.5, 2, True]
mixed_sort.sort()
print(mixed_sort)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)

print("--- identity")
xs = [7, 7, 300, 300]
print(xs[0] is xs[1], xs[2] is xs[3], xs[2] == 300)
obj = object()
ys = [1, obj]
print(ys[1] is obj, ys.index(obj))

print("--- copy and pickle")
xs = [1, 2, [3, 4]]
print(copy.copy(xs), copy.deepcopy(xs), copy.deepcopy(xs)[2] is xs[2])
ints_only = list(range(10))
back = pickle.loads(pickle.dumps(ints_only))
print(back, back == ints_only)
back = pickle.loads(pickle.dumps([1, 2.5, "x", None, True]))
print(back)

print("--- sizes")
print(sys.getsizeof([0] * 1000) - sys.getsizeof([]))
print(sys.getsizeof(list(range(1000))) - sys.getsizeof([]))
print([].__sizeof__() <= sys.getsizeof([]))
