# heappush/heappop/heapify/heapreplace/heappushpop keep the heap invariant
# and leave the list in the same layout as CPython's heapq.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))])

data = [31, 4, 15, 9, 26, 5, 35, 8, 97, 93, 23, 84, 62, 64, 33, 83, 27, 95]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 50), data)
print(heapq.heappushpop(data, 1), data)
print(heapq.heappushpop(data, 70), data)
print(heapq.heappushpop([], 3))


def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for _ in range(len(h))]


print(heapsort("the quick brown fox jumps over the lazy dog"))

# A priority queue of (priority, count, task) entries.
queue = []
for count, (priority, task) in enumerate(
    [(3, "write"), (1, "read"), (2, "test"), (1, "plan"), (3, "ship")]
):
    heapq.heappush(queue, (priority, count, task))
while queue:
    print(heapq.heappop(queue))

# Only < is used to compare items.
class Job:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __repr__(self):
        return f"Job({self.n})"


jobs = [Job(n) for n in [4, 2, 6, 1]]
heapq.heapify(jobs)
print(jobs, heapq.heappop(jobs))
print(heapq.__all__)
