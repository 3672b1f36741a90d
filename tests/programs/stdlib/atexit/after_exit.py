# atexit: handlers run after sys.exit; _clear forgets those registered.
import atexit
import sys


def failing():
    raise ValueError("handler failed")


atexit.register(print, "still runs")
atexit.register(failing)
atexit._clear()
atexit.register(print, "runs after sys.exit")
print("exiting")
sys.exit(3)
