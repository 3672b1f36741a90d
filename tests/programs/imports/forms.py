import _pkg.sub.deep as d
print(d.__name__)
from _pkg.sub.deep import *
print(value)
from _pkg.sub import deep, value as v2
print(deep is d, v2)
import sys
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules)
def f():
    import _greet
    from _plain import public
    return _greet.x, public
print(f())
class C:
    import _plain as p
print(C.p.public)
try:
    from .. import x
except ImportError as e:
    print(e)
g = __import__("_greet")
print(g.__name__, __import__("_pkg.sub").__name__, __import__("_pkg.sub", fromlist=["x"]).__name__)
print(__import__("deep", globals={"__package__": "_pkg.sub"}, level=1).__name__)
import _pkg.sub, _pkg.leaf
print(_pkg.leaf.leaf_name)
