# Closing on collection raises GeneratorExit inside the generator.
def watcher():
    try:
        while True:
            yield
    except GeneratorExit:
        print("watcher saw GeneratorExit")
    finally:
        print("watcher finally")


w = watcher()
next(w)
w = None
print("rebound")


def with_context():
    class Ctx:
        def __enter__(self):
            print("enter")
            return self

        def __exit__(self, *exc):
            print("exit with", exc[0].__name__ if exc[0] else None)
            return False

    with Ctx():
        yield 1
        yield 2


g = with_context()
next(g)
del g
print("done")
