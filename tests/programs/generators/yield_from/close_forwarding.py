# close() closes the whole yield from chain, innermost first.
def leaf(name):
    try:
        yield f"{name} 1"
        yield f"{name} 2"
    finally:
        print("closing", name)


def branch():
    try:
        yield from leaf("left")
        yield from leaf("right")
    finally:
        print("closing branch")


g = branch()
print(next(g))
print(next(g))
print(next(g))
g.close()
print(g.gi_frame, g.gi_yieldfrom)


class Closable:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n

    def close(self):
        print("Closable.close called")


def over_closable():
    yield from Closable()


g = over_closable()
print(next(g), next(g))
g.close()


def over_list():
    yield from [1, 2, 3]


g = over_list()
print(next(g))
g.close()
print("list iterator has no close: fine")
