# The cycle collector sees the locals of a paused generator: a generator
# whose frame refers back to it is collected by gc.collect(), its finally
# block running first, as in CPython.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name


def self_ref():
    me = yield "started"
    try:
        yield "holding itself: " + str(me.gi_frame is not None)
    finally:
        print("finally of self_ref")


g = self_ref()
print(next(g))
print(g.send(g))
del g
print("before collect")
gc.collect()
print("after collect")


def holder(box):
    try:
        yield 1
        yield 2
    finally:
        print("finally of holder", box.name)


box = Node("b")
box.gen = holder(box)
next(box.gen)
del box
gc.collect()
print("after second collect")


def inner(log):
    try:
        yield "inner"
    finally:
        log.append("inner finally")


def outer(log):
    me = yield
    try:
        yield from inner(log)
    finally:
        log.append("outer finally")
        print(log)


o = outer([])
next(o)
o.send(o)
del o
gc.collect()
print("after third collect")


def plain():
    me = yield
    yield


g = plain()
next(g)
g.send(g)
r = weakref.ref(g)
del g
print("alive before:", r() is not None)
gc.collect()
print("gone after:", r() is None)


def created(arg):
    yield arg


c = created(None)
c.gi_frame.f_locals  # readable while paused
n = Node("n")
n.g = created(n)
del n
gc.collect()
print("created generator in a cycle collected")
