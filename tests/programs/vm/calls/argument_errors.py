# CPython's messages for calls that do not bind.
def f(x, y):
    pass

def g(a, b=1, *, c):
    pass

def h(p, /, q):
    pass

def attempt(call):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

attempt(lambda: f(1))
attempt(lambda: f())
attempt(lambda: f(1, 2, 3))
attempt(lambda: f(1, y=2, z=3))
attempt(lambda: f(1, x=2))
attempt(lambda: g(1))
attempt(lambda: g(1, 2, 3, c=4))
attempt(lambda: h(p=1, q=2))
attempt(lambda: f(1, 2, 3, 4, 5))

class A:
    def m(self, x):
        pass

attempt(lambda: A().m())
attempt(lambda: A().m(1, 2))
attempt(lambda: len())
attempt(lambda: len(1, 2))
number = 5
attempt(lambda: number())
