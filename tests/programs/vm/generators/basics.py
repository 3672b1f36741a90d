# Generators: yield, send, return values, yield from, generator expressions.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


print(list(count_up(4)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stopped with", e.value if hasattr(e, "value") else e.args)


def echo():
    received = yield "ready"
    while received is not None:
        received = yield f"got {received}"


e = echo()
print(next(e), e.send("a"), e.send("b"))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(2))))


def delegate():
    result = yield from count_up(3)
    yield result


print(list(delegate()))
squares = (x * x for x in range(5))
print(type(squares).__name__, sum(squares), sum(squares))
print(max(len(w) for w in ["a", "abc", "ab"]), any(c == "z" for c in "xyz"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


for v in with_finally():
    print(v)
gen = with_finally()
next(gen)
gen.close()
print("closed")
