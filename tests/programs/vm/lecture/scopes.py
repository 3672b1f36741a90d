# The lecture's name scopes: locals(), globals(), id(), co_varnames,
# co_cellvars, and UnboundLocalError.
def f(x):
    l0 = x
    l1 = g
    print(id(x) == id(g))
    print(f"Local vars in f(x):  {locals()}")
    print(sorted(k for k in globals() if not k.startswith("__")))


g = 42
f(g)


def glob(x):
    def c(y):
        global x
        x -= y
        return x
    return c


def nlocal(x):
    def c(y):
        nonlocal x
        x -= y
        return x
    return c


def local(x):
    def c(y):
        x -= y
        return x
    return c


def reader(x):
    def c(y):
        y = x
        return y
    return c


for outer in (glob, nlocal, local, reader):
    inner = outer(10)
    print(outer.__name__, outer.__code__.co_cellvars, outer.__code__.co_varnames,
          inner.__code__.co_varnames, inner.__code__.co_freevars)
x = 100
print(glob(0)(1), x, nlocal(10)(3), reader(5)(0))
try:
    local(10)(3)
except UnboundLocalError as e:
    print(e)
