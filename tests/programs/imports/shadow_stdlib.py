# A directory placed before the standard library on sys.path shadows its
# modules: here a heapq.py of our own wins over the standard heapq.
import sys

here = __file__.rsplit("/", 1)[0]
sys.path.insert(0, here + "/_shadow")
import heapq

print(heapq.heappop([3, 1, 2]))
sys.path.pop(0)
del sys.modules["heapq"]
import heapq

print(heapq.heappop([3, 1, 2]))
