# PEP 562: a module-level __getattr__ answers for names the module lacks,
# in attribute access, getattr(), hasattr() and from-imports.
import _lazy

print(_lazy.present, _lazy.lazy_value, getattr(_lazy, "lazy_other"))
print(hasattr(_lazy, "lazy_x"), hasattr(_lazy, "missing"))
print(getattr(_lazy, "missing", "default"))
from _lazy import lazy_imported
print(lazy_imported)
try:
    _lazy.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from _lazy import nothing
except ImportError as e:
    print("ImportError:", e)
