# A generator function returns a generator; each next() runs to the next yield.
def count_up(n):
    print("start")
    for i in range(n):
        print("about to yield", i)
        yield i
    print("done")


g = count_up(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
