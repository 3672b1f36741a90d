# `return v` in a generator becomes StopIteration(v).value.
def gen(ret):
    yield "a"
    return ret


for value in [None, 0, "text", (1, 2), [3]]:
    g = gen(value)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args)

# A finished generator raises a bare StopIteration afterwards.
g = gen(42)
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)
print(next(gen(1), "default"), next(iter([]), "empty"))
