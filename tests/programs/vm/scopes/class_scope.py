# Names in class bodies, comprehensions and nested functions.
x = "global"


class C:
    x = "class"
    y = x + "!"
    items = [x for _ in range(2)]

    def method(self):
        return x

    def uses_class():
        return __class__


print(C.y, C.items, C().method(), C.uses_class() is C)


def outer():
    x = "enclosing"

    class Inner:
        y = x
        x = "inner"
        z = x

    return Inner


I = outer()
print(I.y, I.z)


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    return bump, lambda: count


bump, peek = counter()
bump()
bump()
print(peek())
del x
try:
    print(x)
except NameError as e:
    print(e)
