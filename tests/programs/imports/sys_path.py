import sys

sys.path.insert(0, "_extra")
import far

print(far.where, far.__file__)
sys.modules["fake"] = "anything can be cached"
import fake

print(fake)
sys.modules["blocked"] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(e)
