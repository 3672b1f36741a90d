# Module globals, global statements, del, and names shadowing builtins.
counter = 0


def bump(n=1):
    global counter
    counter += n
    return counter


bump()
bump(5)
print(counter)


def make_global():
    global created
    created = "made inside"


make_global()
print(created)
len = lambda x: 42
print(len([1, 2]))
del len
print(len([1, 2]))
value = 1
del value
try:
    value
except NameError as e:
    print(e)
print(__name__, "bump" in globals(), type(globals()).__name__)


def reads_global():
    return counter * 2


counter = 100
print(reads_global())
