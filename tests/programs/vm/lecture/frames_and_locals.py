import sys

def show(depth=0):
    frame = sys._getframe(depth)
    return frame.f_code.co_name, frame.f_lineno, sorted(frame.f_locals)

def outer(x):
    y = x * 2
    def middle():
        z = y + 1
        return [show(d) for d in range(1, 4)]
    return middle()

for entry in outer(5):
    print(entry)

def walk():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def a(): return walk()
def b(): return a()
print(b())

def lasti_moves():
    f = sys._getframe()
    first = f.f_lasti
    x = 1
    second = f.f_lasti
    return first < second
print(lasti_moves())
frame = sys._getframe()
print(frame.f_globals is globals(), frame.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
print(frame.f_code.co_name, frame.f_back)

def local_view():
    a = 1
    b = "two"
    loc = locals()
    c = 3
    return sorted(loc), sorted(locals())
print(local_view())

def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump
bump = counter()
bump(); bump()
print(bump.__code__.co_freevars, counter.__code__.co_cellvars, bump.__closure__[0].cell_contents)
print(id(bump) == id(bump), id(1) == id(1), id([]) is not None)

def unbound():
    print(value)
    value = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
