# types.coroutine lets a generator function be awaited, as asyncio.sleep(0) does.
import types


@types.coroutine
def _yield(value=None):
    got = yield value
    return got


async def worker(name, steps):
    total = 0
    for i in range(steps):
        got = await _yield((name, i))
        total += got
    return name, total


async def nested():
    a = await worker("a", 2)
    b = await _yield("direct")
    return a, b


def run(coro, replies):
    log = []
    value = None
    try:
        while True:
            out = coro.send(value)
            log.append(out)
            value = replies.pop(0) if replies else 0
    except StopIteration as stop:
        log.append(("result", stop.value))
    return log


print(run(worker("w", 3), [1, 2, 3]))
print(run(nested(), [10, 20, 30]))


# Round-robin scheduling of several coroutines.
def schedule(*coros):
    ready = list(coros)
    results = []
    while ready:
        coro = ready.pop(0)
        try:
            coro.send(None)
            ready.append(coro)
        except StopIteration as stop:
            results.append(stop.value)
    return results


async def counter(name, n):
    for i in range(n):
        await _yield()
    return f"{name}:{n}"


print(schedule(counter("x", 3), counter("y", 1), counter("z", 2)))


# throw() reaches the generator through the await.
@types.coroutine
def guarded():
    try:
        yield "waiting"
    except KeyError as exc:
        return f"caught {exc!r}"


async def outer():
    return await guarded()


c = outer()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as stop:
    print(stop.value)


# A generator function decorated keeps its identity; async functions are returned as they are.
async def already():
    return 1


print(types.coroutine(already) is already)
print(_yield.__name__, _yield.__qualname__)
g = _yield(5)
print(type(g).__name__ in ("generator", "_AwaitableGenerator"))
g.close()

# Other callables returning generators are wrapped so that they can be awaited.
class Factory:
    def __call__(self):
        return (yield "from callable")


made = types.coroutine(Factory())


async def use_factory():
    return await made()


print(run(use_factory(), ["reply"]))

try:
    types.coroutine(42)
except TypeError as exc:
    print("TypeError:", exc)


# A coroutine that awaits something that is not awaitable.
async def bad():
    await (x for x in ())


try:
    bad().send(None)
except TypeError as exc:
    print("TypeError:", exc)
# The generator function itself is marked, as CPython marks it.
print(_yield.__code__.co_flags & 0x100, type(_yield()).__name__, _yield.__name__)
