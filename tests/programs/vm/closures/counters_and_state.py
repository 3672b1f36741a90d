# Closures keeping state across calls, shared cells, and cells in loops.
def make_account(balance):
    history = []

    def deposit(n):
        nonlocal balance
        balance += n
        history.append(("dep", n))
        return balance

    def withdraw(n):
        nonlocal balance
        if n > balance:
            return "insufficient"
        balance -= n
        history.append(("wd", n))
        return balance

    def report():
        return balance, list(history)

    return deposit, withdraw, report


dep, wd, rep = make_account(10)
print(dep(5), wd(3), wd(100), rep())


def pair():
    shared = []
    return (lambda x: shared.append(x)), (lambda: shared)


push, get = pair()
push(1)
push(2)
print(get(), push.__closure__[0] is get.__closure__[0])
funcs = []
for i in range(3):
    def f(i=i):
        return i * 10
    funcs.append(f)
print([g() for g in funcs])


def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    return mid(), (lambda: x)


inc, read = outer()
inc()
inc()
print(read())
