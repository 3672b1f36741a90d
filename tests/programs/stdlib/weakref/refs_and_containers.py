import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Node({self.name})"
    def hello(self):
        return "hello from " + self.name

a = Node("a")
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a), type(r) is weakref.ref, isinstance(r, weakref.ReferenceType))
print(r == weakref.ref(a), hash(r) == hash(a))
died = []
r2 = weakref.ref(a, lambda dead: died.append(dead is r2))
del a
print(r(), r2(), died)
for bad in [1, "s", (1,), [1], {}]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
cache = weakref.WeakValueDictionary()
x, y = Node("x"), Node("y")
cache["x"], cache["y"] = x, y
print(sorted(cache), "x" in cache, cache.get("x"))
del x
print(sorted(cache), "x" in cache, len(cache), cache.get("x", "gone"))
meta = weakref.WeakKeyDictionary()
k = Node("k")
meta[k] = 42
print(meta[k], k in meta, len(meta))
del k
print(len(meta), list(meta.items()))
s = weakref.WeakSet()
p, q = Node("p"), Node("q")
s.add(p); s.add(q)
print(len(s), p in s)
del p
print(len(s), sorted(n.name for n in s))
log = []
obj = Node("f")
f = weakref.finalize(obj, log.append, "finalized")
print(f.alive, log)
del obj
print(f.alive, log)
g = weakref.finalize(Node("g"), log.append, "g done")
print(g.alive, log)
h_obj = Node("h")
h = weakref.finalize(h_obj, log.append, "h called")
h()
h()
print(h.alive, log)
wm = weakref.WeakMethod(q.hello)
print(wm()())
del q
print(wm())
print("done")
t = Node("t")
c1, c2 = weakref.ref(t, lambda r: None), weakref.ref(t, lambda r: None)
print(c1 is c2, c1 == c2, c1 != c2, hash(c1) == hash(t))
del t
print(c1 == c2, c1 == c1)
