"""The import system from Python: import_module, reload, invalidate_caches.

pyrite's importer is part of the interpreter (native modules, then the
bundled standard library, then sys.path); this package reaches it through
__import__ and describes what it would find with importlib.util.find_spec.
"""

import sys
import _imp

__all__ = ['import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    """The absolute name for a relative `name` with `level` leading dots."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Import a module by name; a relative name ('.mod') needs `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Forget cached directory contents; pyrite's importer keeps none."""


def reload(module):
    """Run a module's code again in its own namespace and return it."""
    from types import ModuleType
    if not isinstance(module, ModuleType):
        raise TypeError('reload() argument must be a module')
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    if '.' in name:
        parent = name.rpartition('.')[0]
        if parent not in sys.modules:
            raise ImportError(f'parent {parent!r} not in sys.modules', name=parent)
    from importlib.util import find_spec
    spec = find_spec(name)
    if spec is None:
        raise ModuleNotFoundError(f'spec not found for the module {name!r}', name=name)
    if spec.origin in ('built-in', 'frozen') or spec.origin is None:
        # Native and bundled modules are made once; importing again gives
        # the same object, as reloading a built-in module does in CPython.
        return module
    with open(spec.origin, 'rb') as f:
        source = f.read()
    code = compile(source, spec.origin, 'exec')
    exec(code, module.__dict__)
    return sys.modules[name]
