# close() raises GeneratorExit at the paused yield.
def worker():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("cleanup")


g = worker()
next(g)
print(g.close())
print(g.close())
print(g.gi_frame)

never_started = worker()
never_started.close()
print("closing a new generator runs nothing")


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


g = returns_on_exit()
next(g)
print(g.close())


def stubborn():
    refused = False
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            if refused:
                print("giving up")
                raise
            refused = True
            print("refusing")


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(g.gi_suspended)
g.close()
print(g.gi_frame)


def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("from close")


g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)
