"""The core of import as importlib exposes it: loading a module from its
spec. pyrite's importer itself is native (see `importlib`); this module
runs a spec's loader for callers such as pydoc and runpy."""

import sys

from importlib.machinery import ModuleSpec, BuiltinImporter, FrozenImporter

__all__ = ['ModuleSpec', 'BuiltinImporter', 'FrozenImporter', 'module_from_spec', '_load']


def module_from_spec(spec):
    """A new module for `spec`, with the attributes import sets."""
    from importlib.util import module_from_spec as make
    return make(spec)


def _load(spec):
    """Load the module `spec` describes: made by its loader, recorded in
    sys.modules while its body runs (and removed again if it raises), and
    returned as sys.modules holds it afterwards."""
    module = module_from_spec(spec)
    name = spec.name
    if spec.loader is None:
        raise ImportError('missing loader', name=name)
    if not hasattr(spec.loader, 'exec_module'):
        return spec.loader.load_module(name)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return sys.modules[name]
