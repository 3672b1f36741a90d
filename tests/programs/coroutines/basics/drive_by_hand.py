# A coroutine is driven by send(None) until StopIteration carries its result.
async def add(a, b):
    return a + b


async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")


c = compute()
print(type(c).__name__, c.__name__, c.__qualname__)
print(run(c))
print(c.cr_frame, c.cr_running, c.cr_await)
print(run(add("a", "b")))
print(compute.__code__.co_flags & 0x80 != 0)
