# Generators as tasks: a trampoline runs nested "calls" without recursion.
def trampoline(task):
    stack = [task]
    value = None
    while stack:
        try:
            result = stack[-1].send(value)
        except StopIteration as e:
            stack.pop()
            value = e.value
            continue
        if hasattr(result, "send"):
            stack.append(result)
            value = None
        else:
            value = result
    return value


def fact(n):
    if n <= 1:
        return 1
    rest = yield fact(n - 1)
    return n * rest


def fib(n):
    if n < 2:
        return n
    a = yield fib(n - 1)
    b = yield fib(n - 2)
    return a + b


print(trampoline(fact(10)))
print(trampoline(fib(15)))
print(trampoline(fact(2000)) % 1000007)
