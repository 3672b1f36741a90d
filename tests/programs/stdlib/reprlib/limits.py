# reprlib: abbreviated reprs of long containers, strings and ints, nested
# levels, custom limits, and recursive_repr.
import reprlib
from collections import deque

print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(tuple(range(10))))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset("abcdefgh")), reprlib.repr(set()))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}))
print(reprlib.repr("x" * 100))
print(reprlib.repr(2 ** 200))
print(reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr({"a": {"b": {"c": {"d": {"e": {"f": {}}}}}}}))
print(reprlib.repr(deque(range(10))), reprlib.repr(3.5), reprlib.repr(None))
print(reprlib.repr([1, "a" * 50, {"k": [1, 2, 3]}]))


class Long:
    def __repr__(self):
        return "Long(" + "z" * 50 + ")"


print(reprlib.repr(Long()))

custom = reprlib.Repr()
custom.maxlist = 2
custom.maxstring = 10
custom.maxlevel = 1
custom.fillvalue = "~"
print(custom.repr([1, 2, 3]), custom.repr("abcdefghijklmnop"), custom.repr([[1], [2]]))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)


root = Node("root")
root.children.append(root)
root.children.append(Node("leaf"))
print(root, Node.__repr__.__name__)


class Mixed:
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "Mixed(%r)" % (self.other,)


m = Mixed()
m.other = [m]
print(m)
