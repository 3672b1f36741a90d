# A class call whose __init__ is a plain function runs __init__ as a frame
# of the same loop once the call is specialised: its return value must be
# None, exceptions pass through it, and recursion counts as CPython does.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Bad:
    def __init__(self, v):
        self.v = v
        return v


class Raises:
    def __init__(self, n):
        if n == 7:
            raise ValueError(f"bad {n}")
        self.n = n


class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None


class Gen:
    def __init__(self):
        yield 1


class Caller:
    def __init__(self):
        self.back = sys._getframe(1).f_code.co_name


def build(n):
    total = 0
    for i in range(n):
        total += Point(i, 2 * i).y
    return total


print(build(100))

for i in range(20):
    try:
        b = Bad(None if i < 18 else i)
        print(i, "ok", b.v) if i >= 17 else None
    except TypeError as e:
        print(i, "TypeError:", e)

made = []
for i in range(10):
    try:
        made.append(Raises(i).n)
    except ValueError as e:
        print("caught", e, type(e.__traceback__.tb_next.tb_frame.f_code.co_name))
        print("frames:", e.__traceback__.tb_next.tb_frame.f_code.co_name)
print(made)

for i in range(20):
    try:
        Gen()
    except TypeError as e:
        if i == 19:
            print(e)


def make_caller():
    return Caller().back


print([make_caller() for _ in range(20)][-1])

sys.setrecursionlimit(200)
for depth in (10, 50, 90, 120):
    try:
        Node(depth)
        print(depth, "built")
    except RecursionError as e:
        print(depth, "RecursionError:", e)


def deep(n):
    return Node(n)


limits = set()
for trial in range(15):
    n = 0
    while True:
        try:
            deep(n)
        except RecursionError:
            limits.add(n)
            break
        n += 1
print(sorted(limits))
