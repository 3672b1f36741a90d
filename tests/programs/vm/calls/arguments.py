# Argument binding: defaults, keywords, *args, **kwargs, keyword-only,
# positional-only, unpacking at the call site.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 3, "z": 0}))

def g(x, y, /, z):
    return x + y + z

print(g(1, 2, 3), g(1, 2, z=3))

def h(*, key):
    return key

print(h(key="k"))

def show(*args, **kwargs):
    print(args, kwargs)

show()
show(1, *(2, 3), x=1, **{"y": 2})
args = (10, 20)
print(divmod(*args), max(*[3, 8, 1]))
print((lambda a, b=1: a - b)(5), (lambda *a: a)(1, 2))

def defaults(x=[]):
    x.append(len(x))
    return x

print(defaults(), defaults(), defaults([9]))
