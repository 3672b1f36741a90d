# sys.set_asyncgen_hooks: firstiter sees each async generator once; a paused one
# that dies goes to the finalizer instead of being closed.
import sys


async def numbers(label):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", label)


def run(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value


print(list(sys.get_asyncgen_hooks()))
handed = []


def firstiter(agen):
    print("firstiter", agen.__name__)


def finalizer(agen):
    print("finalizer got", agen.__name__)
    handed.append(agen)


sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
print(list(sys.get_asyncgen_hooks()) == [firstiter, finalizer])
g = numbers("a")
print(run(g.__anext__()), run(g.__anext__()))
del g
print("the finalizer keeps it:", len(handed))
print(run(handed[0].aclose()))
handed.clear()
done = numbers("b")
run(done.__anext__())
run(done.aclose())
del done
print("a closed generator is not handed over")
for bad in [dict(firstiter=1), dict(finalizer="x")]:
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print("TypeError:", e)
sys.set_asyncgen_hooks(None, None)
print(list(sys.get_asyncgen_hooks()))
g = numbers("c")
run(g.__anext__())
del g
print("end")
