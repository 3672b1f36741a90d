# copy.deepcopy shares what the pickle protocol shares: the memo a
# __deepcopy__ method receives holds the same entries, in the same order,
# as CPython's (the copies by id, and the originals kept alive), for
# lists, dicts, tuples (one that holds itself through a list too) and
# plain instances, whose copies skip __init__.
import copy


class Node:
    made = 0

    def __init__(self, name, children=()):
        Node.made += 1
        self.name = name
        self.children = list(children)

    def __repr__(self):
        return "Node(%r, %r)" % (self.name, self.children)


class Spy:
    def __init__(self):
        self.seen = None

    def __deepcopy__(self, memo):
        kinds = []
        for key, value in memo.items():
            if key == id(memo):
                kinds.append(("kept", [type(v).__name__ for v in value]))
            else:
                kinds.append(type(value).__name__)
        fresh = Spy()
        fresh.seen = kinds
        return fresh


class Empty:
    pass


leaf = Node("leaf")
tree = Node("root", [leaf, Node("mid", [leaf])])
holder = []
loop = (holder, 1)
holder.append(loop)
data = {"tree": tree, "pair": (1, "a", 2.5), "same": (leaf, leaf), "loop": loop,
        "nested": [[1, [2, [3]]], {"k": (4, [5])}], "empty": Empty(), "spy": Spy()}
data["self"] = data

made = Node.made
copied = copy.deepcopy(data)
print(Node.made == made, copied["self"] is copied)
print(copied["tree"], copied["tree"].children[0] is copied["tree"].children[1].children[0])
print(copied["pair"] is data["pair"], copied["same"][0] is copied["same"][1])
print(copied["loop"][0][0] is copied["loop"], copied["loop"] is not loop)
print(copied["nested"], type(copied["empty"]).__name__, vars(copied["empty"]))
print(copied["spy"].seen)

memo = {}
copy.deepcopy([leaf, (leaf,), {"x": [leaf]}], memo)
print(sorted(type(v).__name__ for k, v in memo.items() if k != id(memo)))
print([type(v).__name__ for v in memo[id(memo)]])
print(copy.deepcopy(5, {}), copy.deepcopy("s"), copy.deepcopy((1, 2)) == (1, 2))


class Grows:
    def __deepcopy__(self, memo):
        grow["new%d" % len(grow)] = 1
        return self


grow = {"a": Grows(), "b": 1}
try:
    copy.deepcopy(grow)
except RuntimeError as e:
    print("RuntimeError", e)
