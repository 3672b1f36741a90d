# An exception raised while closing replaces GeneratorExit for the caller of close().
def gen():
    try:
        yield 1
    finally:
        raise OSError("cannot release")


g = gen()
next(g)
try:
    g.close()
except OSError as e:
    print("close raised", e)
    print("context:", type(e.__context__).__name__)
print(g.gi_frame)
g = gen()
next(g)
g.close()
