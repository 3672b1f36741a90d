# deque: both ends, indexing, rotation, maxlen, repr and equality.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([9, 8])
print(d)
d.rotate(2)
print("rotate 2", d)
d.rotate(-3)
print("rotate -3", d)
d.rotate(len(d) * 5 + 1)
print("rotate big", d)
d[1] = "x"
del d[0]
print(d, "x" in d, "zz" in d)
d.insert(2, "ins")
d.insert(-1, "neg")
d.insert(100, "end")
print(d)
d.remove("ins")
d.reverse()
print(d, d.count(2), d.index("x"))
print(list(reversed(d)), list(d))
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(5)
b.appendleft(-1)
print(b)
b.extend(range(10, 14))
print(b)
print(deque(maxlen=0), deque("abc", 0), deque([], 2))
z = deque(maxlen=0)
z.append(1)
print(z, len(z))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]))
print(deque([1]) + deque([2]), deque("ab") * 2, 3 * deque([0], maxlen=2))
e = deque([1])
e += [2, 3]
e *= 2
print(e, e.copy(), bool(deque()), bool(e))
e.clear()
print(e, len(e))
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
q = deque([(0, 0)])
seen = {(0, 0)}
while q:
    x, y = q.popleft()
    for nx, ny in ((x + 1, y), (x, y + 1)):
        if nx < 4 and ny < 4 and (nx, ny) not in seen:
            seen.add((nx, ny))
            q.append((nx, ny))
print("bfs visited", len(seen))
