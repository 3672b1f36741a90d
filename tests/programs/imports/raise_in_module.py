import sys

try:
    import _raises
except ZeroDivisionError as e:
    print("caught", e, "_raises" in sys.modules)
import _raises
