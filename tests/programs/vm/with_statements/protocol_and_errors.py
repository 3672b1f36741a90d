class Resource:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.swallow

with Resource("a") as r, Resource("b") as s:
    print("body", r.name, s.name)

with Resource("swallower", swallow=True):
    raise ValueError("hidden")
print("after swallow")

try:
    with Resource("outer"):
        with Resource("inner"):
            raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

def early_return():
    with Resource("ret"):
        return "returned"
print(early_return())

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

class Counting:
    entered = 0
    def __enter__(self):
        Counting.entered += 1
        return Counting.entered
    def __exit__(self, *a):
        return False
with Counting() as n1, Counting() as n2:
    print(n1, n2)
with (Counting() as p,
      Counting() as q):
    print(p, q)
f = open(__file__)
with f:
    print(f.readline().strip())
print(f.closed)
