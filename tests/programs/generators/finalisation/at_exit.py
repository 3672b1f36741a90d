# Generators still paused when the program ends are closed at exit.
def keeper(name):
    try:
        yield name
    finally:
        print("finally of", name)


g1 = keeper("module-level")
next(g1)


def holder():
    inner = keeper("held")
    next(inner)
    yield inner


outer = holder()
next(outer)
print("end of program")
