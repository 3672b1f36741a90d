x = "global"
class A:
    x = "class"
    def f(self):
        return x
    y = [x for _ in range(1)]
    z = (lambda: x)()
print(A().f(), A.y, A.z)

def outer():
    x = "enclosing"
    class B:
        print("in class body:", x)
        x = "B.x"
        print("after assign:", x)
        def m(self):
            return x
    return B
print(outer()().m())

def outer2():
    x = 1
    class C:
        nonlocal_x = x
        def get(self):
            return x
    x = 2
    return C
C = outer2()
print(C.nonlocal_x, C().get())

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c.__closure__[0].cell_contents)

def g():
    global newglobal
    newglobal = 42
g()
print(newglobal)

def shadow():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print(e)
shadow()

def comp_scope():
    y = 10
    return [y * i for i in range(3)], {i: y for i in range(2)}, list(y + i for i in range(2))
print(comp_scope())

i = "outer i"
squares = [i * i for i in range(4)]
print(i, squares)

def late_binding():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(late_binding())

def deleted():
    v = 1
    del v
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(deleted())

def free_deleted():
    v = 1
    def inner():
        return v
    del v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
free_deleted()
try:
    undefined_name
except NameError as e:
    print(e, e.name)
