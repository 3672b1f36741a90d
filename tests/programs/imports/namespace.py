import sys

sys.path[1:1] = ["_ns_a", "_ns_b"]
import nsp
import nsp.m1
import nsp.m2
from nsp import m1

print(nsp.__file__, nsp.__package__, [p.rsplit("/", 2)[-2:] for p in nsp.__path__])
print(nsp.m1.a, nsp.m2.b, m1 is nsp.m1)
print(list(vars(nsp)))
import _greet
import _pkg

print(list(vars(_greet))[:8])
print(list(vars(_pkg))[:9])
from nsp import missing
