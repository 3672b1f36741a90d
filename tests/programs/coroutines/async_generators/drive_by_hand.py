# An async generator driven with send(None) on its __anext__/asend awaitables.
async def ticker(n):
    for i in range(n):
        got = yield i
        print("ticker received", got)
    print("ticker ends")


def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("stop",)
    return ("suspended",)


g = ticker(2)
print(type(g).__name__, g.__name__, g.ag_code.co_name)
print(g.__aiter__() is g)
a = g.__anext__()
print(type(a).__name__)
print(step(a))
print(step(g.asend("hello")))
print(step(g.__anext__()))
print(step(g.__anext__()))
print(g.ag_frame, g.ag_running)
