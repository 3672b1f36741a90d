# Generators as await targets: via __await__, and yield from inside __await__.
class Future:
    def __init__(self):
        self.result = None
        self.done = False

    def __await__(self):
        if not self.done:
            yield self
        return self.result

    __iter__ = __await__


async def use(fut):
    print("waiting")
    value = await fut
    print("woke with", value)
    return value * 2


f = Future()
c = use(f)
pending = c.send(None)
print(pending is f)
f.result, f.done = 21, True
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)


def legacy():
    value = yield from Future().__await__()
    return value


g = legacy()
print(type(next(g)).__name__)
