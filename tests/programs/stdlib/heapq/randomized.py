# Many heap operations on pseudo-random data: the lists keep CPython's
# exact layout; comparisons that change the list stop with RuntimeError.
import heapq

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n


checksum = 0
for trial in range(300):
    data = [rand(50) for _ in range(rand(40))]
    heap = list(data)
    heapq.heapify(heap)
    for step in range(30):
        op = rand(4)
        x = rand(60)
        if op == 0:
            heapq.heappush(heap, x)
        elif op == 1 and heap:
            checksum += heapq.heappop(heap)
        elif op == 2 and heap:
            checksum += heapq.heapreplace(heap, x)
        else:
            checksum += heapq.heappushpop(heap, x)
    checksum = (checksum * 31 + sum(i * v for i, v in enumerate(heap))) % 1000003
    if trial < 3:
        print(heap)
print("checksum", checksum)

words = "the quick brown fox jumps over the lazy dog again and again".split()
h = []
for w in words:
    heapq.heappush(h, (len(w), w))
print([heapq.heappop(h) for _ in range(len(h))])

pairs = [(rand(5), rand(100)) for _ in range(30)]
print(heapq.nsmallest(5, pairs), heapq.nlargest(5, pairs, key=lambda p: p[1] % 7))
print(list(heapq.merge(*[sorted(rand(20) for _ in range(5)) for _ in range(4)])))

maxheap = [rand(100) for _ in range(20)]
heapq._heapify_max(maxheap)
print(maxheap, heapq._heappop_max(maxheap), heapq._heapreplace_max(maxheap, 50), maxheap[0])


class Stack(list):
    pass


s = Stack([5, 3, 9, 1])
heapq.heapify(s)
print(type(s).__name__, s, heapq.heappop(s))


class Meddler:
    def __init__(self, n, victim):
        self.n = n
        self.victim = victim

    def __lt__(self, other):
        self.victim.append(0)
        return self.n < other.n


victim = []
victim.extend(Meddler(n, victim) for n in [3, 2, 1])
try:
    heapq.heapify(victim)
except RuntimeError as e:
    print("RuntimeError", e)
print(heapq.heappush, heapq.heappop.__name__)
