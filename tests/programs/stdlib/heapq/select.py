# nlargest, nsmallest and merge: equal to sorting, stable, lazy.
import heapq

nums = [7, 2, 9, 2, 5, 11, 0, 5, 3, 9]
for n in [-1, 0, 1, 3, 10, 20]:
    print(n, heapq.nsmallest(n, nums), heapq.nlargest(n, nums))

words = ["pear", "fig", "apple", "kiwi", "plum", "date", "banana"]
print(heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(3, words, key=len))
print(heapq.nlargest(2, iter(words)))
print(heapq.nsmallest(4, "mississippi"))

records = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(heapq.nsmallest(3, records, key=lambda r: r[1]))
print(heapq.nlargest(3, records, key=lambda r: r[1]))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([], [1, 1, 2], [], [0, 1, 3])))
print(list(heapq.merge()))
print(list(heapq.merge([9, 5, 1], [8, 4], [7, 6, 0], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
tagged = list(heapq.merge([(1, "x"), (2, "x")], [(1, "y"), (2, "y")], key=lambda t: t[0]))
print(tagged)
print(list(heapq.merge([(2, "x"), (1, "x")], [(2, "y"), (1, "y")],
                       key=lambda t: t[0], reverse=True)))


def counting(name, items):
    for item in items:
        print("  next from", name, item)
        yield item


merged = heapq.merge(counting("a", [1, 3]), counting("b", [2, 4]))
print(type(merged).__name__)
print(next(merged))
print(next(merged))
print(list(merged))
