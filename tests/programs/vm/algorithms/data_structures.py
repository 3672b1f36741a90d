# A linked list, a stack, a queue and a binary search tree as classes.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, *values):
        self.head = None
        for v in reversed(values):
            self.head = Node(v, self.head)

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"


ll = LinkedList(1, 2, 3)
print(ll, len(ll), list(ll), 2 in ll)


class Tree:
    def __init__(self):
        self.root = None

    def insert(self, key):
        def go(node):
            if node is None:
                return {"key": key, "left": None, "right": None}
            side = "left" if key < node["key"] else "right"
            node[side] = go(node[side])
            return node
        self.root = go(self.root)

    def inorder(self):
        def walk(node):
            if node:
                yield from walk(node["left"])
                yield node["key"]
                yield from walk(node["right"])
        return list(walk(self.root))


t = Tree()
for k in [50, 30, 70, 20, 40, 60, 80]:
    t.insert(k)
print(t.inorder())
stack, queue = [], []
for i in range(4):
    stack.append(i)
    queue.append(i)
print(stack.pop(), stack.pop(), queue.pop(0), queue.pop(0), stack, queue)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1])[:2])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
