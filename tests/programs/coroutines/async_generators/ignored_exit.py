# An async generator must not yield while being closed.
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


def run(awaitable):
    try:
        return ("yielded", awaitable.send(None))
    except StopIteration as e:
        return ("returned", e.value)


g = stubborn()
print(run(g.__anext__()))
try:
    run(g.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)


async def stops():
    yield 1
    raise StopAsyncIteration


g = stops()
print(run(g.__anext__()))
try:
    run(g.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)


async def stop_iter():
    yield 1
    raise StopIteration("inner")


g = stop_iter()
run(g.__anext__())
try:
    run(g.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e)
