# Closures, cells, nonlocal and global.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c())
print(c.__code__.co_freevars, counter.__code__.co_cellvars)
print(c.__closure__[0].cell_contents)

def adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([a(10) for a in adders()])

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]

print(late())

total = 0
def add(x):
    global total
    total += x

add(5)
add(7)
print(total)

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()

print(outer())

def broken():
    print(y)
    y = 1

try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def make_multiplier(k):
    def mul(v):
        return v * k
    return mul

double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double.__name__, double.__qualname__)
