# copy.deepcopy: recursion through containers and instances, shared and
# cyclic structure preserved, the memo, and __deepcopy__.
import copy

shared = [1, 2]
data = {"a": shared, "b": shared, "t": (shared, 3), "n": {"inner": [shared]}}
dup = copy.deepcopy(data)
print(dup)
print(dup["a"] is dup["b"], dup["a"] is shared, dup["t"][0] is dup["a"], dup["n"]["inner"][0] is dup["a"])
loop = [0]
loop.append(loop)
dl = copy.deepcopy(loop)
print(dl[1] is dl, dl is not loop)
print(copy.deepcopy((1, "two", 3.0)) == (1, "two", 3.0))
immutable = (1, 2)
mixed = (1, [2])
print(copy.deepcopy(immutable) is immutable, copy.deepcopy(mixed) is mixed, copy.deepcopy(mixed) == mixed)

class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

root = Node("root")
leaf = root.add(Node("a")).add(Node("b"))
copy_root = copy.deepcopy(root)
copy_leaf = copy_root.children[0].children[0]
print(copy_leaf.value, copy_leaf.parent.parent is copy_root, copy_leaf is not leaf)

class Tracked:
    def __init__(self, payload):
        self.payload = payload
    def __deepcopy__(self, memo):
        print("deepcopy called, memo has", len(memo) > 0)
        return Tracked(copy.deepcopy(self.payload, memo))

t = Tracked([1, [2]])
t2 = copy.deepcopy([t, t])
print(t2[0] is t2[1], t2[0].payload, t2[0].payload is t.payload)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(memo[id(x)] is y[0], y[0] is y[1])
print(copy.deepcopy({1: {2: {3: [4]}}}), copy.deepcopy(set([1, 2])), copy.deepcopy(frozenset([3])))

print(copy.deepcopy(len) is len, copy.deepcopy(Node) is Node)

class Slots:
    __slots__ = ("items",)
s = Slots()
s.items = [[1]]
s2 = copy.deepcopy(s)
print(s2.items, s2.items[0] is s.items[0])
