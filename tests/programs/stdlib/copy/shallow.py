# copy.copy: containers, plain instances (no __init__ call), __copy__,
# the pickle protocol's hooks, and the immutables returned as they are.
import copy

class Point:
    made = 0
    def __init__(self, x, y):
        Point.made += 1
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

p = Point([1], 2)
q = copy.copy(p)
print(q, q is p, q.x is p.x, Point.made)
nums = [1, [2, 3]]
c = copy.copy(nums)
print(c, c is nums, c[1] is nums[1])
d = {"k": [1]}
print(copy.copy(d), copy.copy(d)["k"] is d["k"], copy.copy({1, 2}), copy.copy(bytearray(b"ab")))
t = (1, [2])
print(copy.copy(t) is t, copy.copy("s") is not None, copy.copy(3), copy.copy(None), copy.copy(int) is int)

class Custom:
    def __init__(self):
        self.log = []
    def __copy__(self):
        new = Custom()
        new.log = self.log + ["copied"]
        return new

print(copy.copy(Custom()).log)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]

s = copy.copy(Slotted())
print(s.a, hasattr(s, "b"))

class Reduced:
    def __init__(self, value):
        self.value = value
    def __reduce__(self):
        return (Reduced, (self.value + 1,))

print(copy.copy(Reduced(1)).value)

class Stateful:
    def __init__(self):
        self.secret = 1
    def __getstate__(self):
        return {"secret": 100}
    def __setstate__(self, state):
        self.secret = state["secret"] * 2

print(copy.copy(Stateful()).secret)

class MyList(list):
    pass

ml = MyList([1, 2])
ml.note = "n"
cl = copy.copy(ml)
print(type(cl).__name__, cl, cl.note)

class MyDict(dict):
    pass

md = copy.copy(MyDict(a=1))
print(type(md).__name__, md)
print(copy.Error.__mro__[1].__name__, copy.error is copy.Error)
s = slice(1, 2, [3])
print(copy.copy(s) is s)
print(copy.copy(len) is len, copy.copy(Point.__init__) is Point.__init__, copy.copy(range(3)) == range(3))
