import _pkg.sub.deep

print(_pkg.sub.deep.value, _pkg.sub.value, _pkg.sub.top, _pkg.sub.leaf_name)
print(_pkg.__path__[0].endswith("_pkg"), _pkg.sub.__file__)

import _pkg.sub as s
from _pkg import sub
from _pkg.sub import deep as d

print(s is sub, d is _pkg.sub.deep, d.__name__)
from _pkg import leaf

print(leaf.leaf_name, _pkg.leaf is leaf)
import sys

print(sorted(k for k in sys.modules if k.startswith("_pkg")))
