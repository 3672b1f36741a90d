# Callable objects, classes as callables, and callable().
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest):
        return x + self.n + sum(rest)


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), callable(add5), callable(Adder), callable(5), callable(print))
print(list(map(add5, [1, 2])), sorted([3, 1, 2], key=Adder(-10)))


class Factory:
    def __new__(cls, kind):
        if kind == "int":
            return 0
        return super().__new__(cls)

    def __init__(self, kind):
        self.kind = kind


print(Factory("int"), Factory("obj").kind, type(Factory("x")).__name__)
funcs = [len, str.upper, Adder(1), lambda s: s * 2, "x".join]
print([f("ab") if f is not funcs[2] else f(1) for f in funcs])
try:
    Adder(1)()
except TypeError as e:
    print(e)
