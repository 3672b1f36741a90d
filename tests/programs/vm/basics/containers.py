# Lists, tuples, dicts and sets: building, indexing, mutation, iteration.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
xs.append(5)
xs.sort()
print(xs, xs[2:5], xs[::2], len(xs), xs.count(1), xs.index(9))
xs[0] = 100
del xs[1]
xs[1:3] = ["a", "b", "c"]
print(xs)
t = (1, "two", 3.0)
a, b, c = t
print(a, b, c, t[1], t + (4,), t * 2)
first, *rest = [1, 2, 3, 4]
*init, last = "xyz"
print(first, rest, init, last)
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, d["two"], d.get("four"), d.get("four", 4), "one" in d, len(d))
del d["one"]
for k in d:
    print(k, d[k])
print(list(d.keys()), list(d.values()), list(d.items()))
s = {3, 1, 2}
s.add(2)
s.add(7)
print(s, 7 in s, len(s), {1, 2} | {2, 3}, {1, 2} & {2, 3})
print([x * x for x in range(6) if x % 2 == 0])
print({k: v for k, v in zip("abc", range(3))})
print({c for c in "mississippi"} == set("misp"))
nested = [[1, 2], [3, 4]]
print([y for row in nested for y in row], nested[1][0])
print(list(range(10, 0, -3)), tuple(range(3)), dict(a=1, b=2), dict([("x", 1)]))
