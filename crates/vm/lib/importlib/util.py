"""Finding modules without importing them, and making modules from files."""

import os
import sys
import _imp
from importlib import _resolve_name
from importlib.machinery import ModuleSpec, SourceFileLoader, BuiltinImporter, FrozenImporter
from importlib._bootstrap_external import cache_from_source, source_from_cache, decode_source

__all__ = ['find_spec', 'module_from_spec', 'resolve_name', 'spec_from_file_location',
           'spec_from_loader', 'MAGIC_NUMBER', 'source_hash', 'cache_from_source',
           'source_from_cache', 'decode_source']


def resolve_name(name, package):
    """The absolute name of `name`, relative to `package` if it starts with '.'."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def _search(name, path):
    """The spec of `name`'s last part found in the directories `path`."""
    tail = name.rpartition('.')[2]
    for entry in path:
        if not isinstance(entry, str) or entry.startswith('<frozen'):
            continue
        directory = entry or '.'
        package_init = os.path.join(directory, tail, '__init__.py')
        if os.path.isfile(package_init):
            return spec_from_file_location(
                name, package_init,
                submodule_search_locations=[os.path.join(directory, tail)])
        module_file = os.path.join(directory, tail + '.py')
        if os.path.isfile(module_file):
            return spec_from_file_location(name, module_file)
    return None


def find_spec(name, package=None):
    """How `name` would be imported (a ModuleSpec), or None if it would not be.

    A submodule's parent package is imported first, as in CPython.
    """
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, '__spec__', None)
        if spec is not None:
            return spec
        return _spec_of_module(module)
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f'__path__ attribute not found on {parent_name!r} '
                f'while trying to find {fullname!r}', name=fullname) from e
    else:
        path = sys.path
    if fullname in sys.builtin_module_names:
        return ModuleSpec(fullname, BuiltinImporter, origin='built-in')
    if _imp.is_frozen(fullname):
        return _frozen_spec(fullname)
    return _search(fullname, path)


def _frozen_spec(name):
    is_package = _imp.is_frozen_package(name)
    spec = ModuleSpec(name, FrozenImporter, origin='frozen', is_package=is_package)
    if is_package:
        spec.submodule_search_locations = [f'<frozen {name}>']
    return spec


def _spec_of_module(module):
    """A spec describing an already imported module that has none."""
    name = module.__name__
    file = getattr(module, '__file__', None)
    if name in sys.builtin_module_names:
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    if _imp.is_frozen(name):
        return _frozen_spec(name)
    if file is None:
        return ModuleSpec(name, None)
    locations = getattr(module, '__path__', None)
    return spec_from_file_location(name, file, submodule_search_locations=locations)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module `loader` will load."""
    if is_package is None:
        is_package = bool(getattr(loader, 'is_package', lambda name: False)(name))
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for the module in the file `location`."""
    if location is None:
        return None
    location = os.fspath(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    """A new, empty module for `spec`, with the attributes import would set."""
    from types import ModuleType
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    if module is None:
        module = ModuleType(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module


MAGIC_NUMBER = b'\xa7\r\r\n'


def source_hash(source_bytes):
    """A hash of source bytes (pyrite's caches are stamped by time and size)."""
    import hashlib
    return hashlib.sha256(bytes(source_bytes)).digest()[:8]
