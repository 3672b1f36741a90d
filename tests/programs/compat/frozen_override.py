# _imp._override_frozen_modules_for_tests: the switch test.support uses to
# import a fresh copy of a module from its source instead of the frozen one.
import sys
import _imp

print(_imp._override_frozen_modules_for_tests(-1))
sys.modules.pop('_frozen_override_probe', None)
import _frozen_override_probe
print(_frozen_override_probe.WHERE)
import stat
print(stat.S_ISDIR(0o040755))
print(_imp._override_frozen_modules_for_tests(1))
print(_imp._override_frozen_modules_for_tests(0))
try:
    _imp._override_frozen_modules_for_tests('x')
except TypeError as e:
    print('TypeError:', e)
try:
    _imp._override_frozen_modules_for_tests()
except TypeError as e:
    print('TypeError:', e)
