try:
    import _no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, isinstance(e, ImportError))
try:
    from _greet import nothing
except ImportError as e:
    print(e)
try:
    import _greet.inner
except ModuleNotFoundError as e:
    print(e)
try:
    import _pkg.nothing
except ModuleNotFoundError as e:
    print(e)
try:
    from . import sibling
except ImportError as e:
    print(e)
import _missing_too
