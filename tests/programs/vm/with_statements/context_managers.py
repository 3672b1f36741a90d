# Context managers written as classes: resources, suppression, nesting,
# exceptions in __enter__ and __exit__.
class Timer:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "start", self.name)
        return self

    def __exit__(self, kind, value, tb):
        print("  " * Timer.depth + "stop", self.name, kind.__name__ if kind else "ok")
        Timer.depth -= 1
        return False


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return None

    def __exit__(self, kind, value, tb):
        return kind is not None and issubclass(kind, self.kinds)


with Timer("outer"):
    with Timer("inner") as t:
        print("    working in", t.name)
with Suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)


class BadEnter:
    def __enter__(self):
        raise RuntimeError("cannot enter")

    def __exit__(self, *args):
        print("never called")


try:
    with BadEnter():
        print("never runs")
except RuntimeError as e:
    print(e)


def early():
    with Timer("in function"):
        return "returned"


print(early())
for i in range(2):
    with Timer(f"loop {i}"):
        if i == 0:
            continue
        break
