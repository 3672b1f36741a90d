# An async generator abandoned mid-iteration is closed when it is collected.
async def source(name):
    try:
        for i in range(10):
            yield i
    finally:
        print("finally of", name)


async def first_two(name):
    out = []
    async for x in source(name):
        out.append(x)
        if len(out) == 2:
            break
    print(name, "took", out)
    return out


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


run(first_two("a"))
print("between")
g = source("b")
step = g.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("b yielded", e.value)
del step
del g
print("end")
