# atexit: functions run when the program ends, last registered first.
import atexit


def goodbye(name, punctuation="."):
    print(f"goodbye, {name}{punctuation}")


def never():
    print("unregistered, so never printed")


atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punctuation="!")
atexit.register(never)
atexit.unregister(never)


@atexit.register
def decorated():
    print("decorated runs first")


try:
    atexit.register(42)
except TypeError as e:
    print(e)
print("end of program")
