# The recursion limit: RecursionError at CPython's depth, catchable, and
# sys.setrecursionlimit.
import sys


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print(sys.getrecursionlimit(), depth(0) > 900)
sys.setrecursionlimit(200)
print(depth(0) < 200)
sys.setrecursionlimit(1000)


def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)


print(count_down(900))


class Node:
    def __init__(self, child=None):
        self.child = child

    def __repr__(self):
        return f"Node({self.child!r})"


chain = None
for _ in range(5):
    chain = Node(chain)
print(chain)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
