# Recursive generators over a tree with yield from.
tree = ("root", [("a", [("a1", []), ("a2", [("a2x", [])])]), ("b", []), ("c", [("c1", [])])])


def preorder(node, depth=0):
    name, children = node
    yield depth, name
    for child in children:
        yield from preorder(child, depth + 1)


def leaves(node):
    name, children = node
    if not children:
        yield name
    for child in children:
        yield from leaves(child)


def paths(node, prefix=()):
    name, children = node
    here = prefix + (name,)
    if not children:
        yield "/".join(here)
    for child in children:
        yield from paths(child, here)


for depth, name in preorder(tree):
    print("  " * depth + name)
print(list(leaves(tree)))
print(list(paths(tree)))


def deep(n):
    if n:
        yield from deep(n - 1)
    yield n


print(sum(deep(200)))
