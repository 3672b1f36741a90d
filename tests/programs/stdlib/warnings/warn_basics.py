# warnings.warn: the stderr report with the source line, categories,
# stacklevel, and how often each warning is shown.
import sys
import warnings


def deprecated_api():
    warnings.warn("use new_api instead", DeprecationWarning, stacklevel=2)


def noisy():
    warnings.warn("something odd")


noisy()
noisy()
sys.stderr.flush()
deprecated_api()
warnings.warn("a runtime matter", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
for i in range(3):
    warnings.warn("in a loop")
warnings.warn("ignored by default", PendingDeprecationWarning)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  x = 1  "), end="")
print(warnings.formatwarning("msg", FutureWarning, "f.py", 3, ""), end="")
try:
    warnings.warn("bad", category=int)
except TypeError as e:
    print(e)
print("done")
