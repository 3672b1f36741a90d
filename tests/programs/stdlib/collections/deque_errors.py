# deque's error messages and its guard against mutation during iteration.
from collections import deque

def attempt(label, action):
    try:
        print(label, action())
    except Exception as e:
        print(label, type(e).__name__, e)

d = deque([1, 2, 3])
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("index range", lambda: d[3])
attempt("negative range", lambda: d[-4])
attempt("str index", lambda: d["a"])
attempt("slice", lambda: d[0:1])
attempt("set range", lambda: d.__setitem__(5, 0))
attempt("del range", lambda: d.__delitem__(-9))
attempt("remove missing", lambda: d.remove(7))
attempt("index missing", lambda: d.index(7))
attempt("index window", lambda: d.index(1, 1))
attempt("index found", lambda: d.index(3, -2))
attempt("insert full", lambda: deque([1], maxlen=1).insert(0, 2))
attempt("negative maxlen", lambda: deque([], -1))
attempt("float maxlen", lambda: deque([], 1.5))
attempt("concat list", lambda: d + [4])
attempt("rotate str", lambda: d.rotate("x"))
attempt("write maxlen", lambda: setattr(d, "maxlen", 4))

def grow_while_iterating():
    for x in d:
        d.append(x)

def shrink_while_iterating():
    for x in d:
        d.popleft()

attempt("append in loop", grow_while_iterating)
print(d)
attempt("popleft in loop", shrink_while_iterating)
print(d)
e = deque([1, 2, 3])
for i, x in enumerate(e):
    e[i] = x * 10
print("setitem in loop is fine", e)
r = deque()
r.append(r)
print(r)
class Queue(deque):
    pass
print(Queue([1, 2], 5), Queue("ab"))
