# Lambdas: defaults, closures, immediately called, sorting keys, higher order.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda: "now")(), (lambda *a, **k: (a, k))(1, x=2))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
fs = [lambda x, n=n: x ** n for n in range(4)]
print([f(2) for f in fs])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), add.__name__, add.__defaults__)
apply_all = lambda fns, v: [fn(v) for fn in fns]
print(apply_all([str, float, bool, lambda q: -q], 3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(filter(lambda v: v > 1, [0, 1, 2, 3])))
