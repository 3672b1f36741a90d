# The errors heapq raises for bad arguments.
import heapq

attempts = [
    ("heappush tuple", lambda: heapq.heappush((), 1)),
    ("heappop empty", lambda: heapq.heappop([])),
    ("heappop tuple", lambda: heapq.heappop(())),
    ("heapify tuple", lambda: heapq.heapify((1, 2))),
    ("heapreplace empty", lambda: heapq.heapreplace([], 1)),
    ("heapreplace str", lambda: heapq.heapreplace("ab", 1)),
    ("heappushpop dict", lambda: heapq.heappushpop({}, 1)),
    ("mixed types", lambda: heapq.heapify([1, "a", 2.0])),
    ("nlargest missing", lambda: heapq.nlargest(2)),
]
for label, attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(label, "->", type(e).__name__, e)

h = [3, 1]
try:
    heapq.heappush(h, "x")
except TypeError as e:
    print("after failed push:", e, sorted(map(str, h)))
