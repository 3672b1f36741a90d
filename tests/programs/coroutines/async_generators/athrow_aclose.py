# athrow() raises inside the async generator; aclose() finishes it.
async def resilient():
    try:
        while True:
            try:
                yield "ready"
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("resilient finally")


def run(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
    return "suspended"


g = resilient()
print(run(g.__anext__()))
print(run(g.athrow(ValueError("first"))))
print(run(g.__anext__()))
print(run(g.athrow(ValueError, ValueError("second"))))
print(run(g.aclose()))
print(run(g.aclose()))
print(run(g.__anext__()))
print(g.ag_frame)

g = resilient()
print(run(g.__anext__()))
try:
    run(g.athrow(KeyError("fatal")))
except KeyError as e:
    print("propagated", repr(e))
print(run(g.athrow(KeyError("after"))))
unstarted = resilient()
print(run(unstarted.aclose()))
