# bisect: left/right searches, lo/hi windows, key=, and insort.
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, hi=2))
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 5.0)
print(b)
records = [("ann", 25), ("bob", 30), ("cy", 41)]
ages = lambda r: r[1]
print(bisect.bisect_left(records, 30, key=ages), bisect.bisect_right(records, 30, key=ages))
bisect.insort(records, ("dee", 35), key=ages)
bisect.insort_left(records, ("eve", 25), key=ages)
print(records)
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
words = ["apple", "banana", "cherry"]
print(bisect.bisect(words, "blueberry"), bisect.bisect_left(words, "cherry"))
