import sys

try:
    import _cyc_a
except ImportError as e:
    print(type(e).__name__, e)
print("_cyc_a" in sys.modules, "_cyc_b" in sys.modules)
import _cyc_a
