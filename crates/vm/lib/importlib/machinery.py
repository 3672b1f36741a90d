"""The parts import is made of: module specs and the loaders that run them."""

import sys

__all__ = ['ModuleSpec', 'BuiltinImporter', 'FrozenImporter', 'SourceFileLoader', 'FileFinder',
           'SOURCE_SUFFIXES', 'BYTECODE_SUFFIXES', 'EXTENSION_SUFFIXES', 'all_suffixes']

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Every file suffix import recognises."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What import knows about a module before loading it."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.has_location = False
        self.cached = None

    @property
    def parent(self):
        """The package the module belongs to ('' for a top-level module)."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{type(self).__name__}({", ".join(args)})'

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.has_location == other.has_location)


class _ImportingLoader:
    """A loader for modules the interpreter itself knows how to make."""

    @classmethod
    def create_module(cls, spec):
        __import__(spec.name)
        return sys.modules[spec.name]

    @classmethod
    def exec_module(cls, module):
        pass


class BuiltinImporter(_ImportingLoader):
    """Finds and loads the modules built into the interpreter."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname in sys.builtin_module_names:
            return ModuleSpec(fullname, cls, origin='built-in')
        return None


class FrozenImporter(_ImportingLoader):
    """Finds and loads the bundled standard library (frozen modules)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import _imp
        if not _imp.is_frozen(fullname):
            return None
        from importlib.util import _frozen_spec
        return _frozen_spec(fullname)


class FileLoader:
    """What every loader of one file shares: the module's name and the
    file's path, reading the file, and running the code object a subclass's
    `get_code` makes."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (type(self) is type(other) and self.name == other.name
                and self.path == other.path)

    def __hash__(self):
        return hash((self.name, self.path))

    def create_module(self, spec):
        return None

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)


class SourceFileLoader(FileLoader):
    """Loads a module from a Python source file."""

    def __repr__(self):
        return f'<{type(self).__name__} object>'

    def get_source(self, fullname=None):
        return self.get_data(self.path).decode('utf-8')

    def is_package(self, fullname=None):
        import os
        return os.path.basename(self.path).rpartition('.')[0] == '__init__'

    def path_stats(self, path):
        """The source's modification time and size, as the code cache
        records them."""
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def source_to_code(self, data, path, *, _optimize=-1):
        """Compile source bytes (or text) read from `path`."""
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname=None):
        return self.source_to_code(self.get_data(self.path), self.path)

    def load_module(self, fullname=None):
        from importlib.util import spec_from_file_location, module_from_spec
        name = fullname or self.name
        spec = spec_from_file_location(name, self.path, loader=self)
        module = module_from_spec(spec)
        sys.modules[name] = module
        try:
            self.exec_module(module)
        except BaseException:
            del sys.modules[name]
            raise
        return sys.modules[name]


class FileFinder:
    """Finds modules in one directory: a package (a folder with an
    `__init__` file) or a module file, each with a suffix one of its
    loaders takes, or else a namespace package portion (any folder). `loader_details` are (loader class, suffixes) pairs,
    tried in order."""

    def __init__(self, path, *loader_details):
        self._loaders = [(suffix, loader)
                         for loader, suffixes in loader_details
                         for suffix in suffixes]
        self.path = path or '.'

    def __repr__(self):
        return f'FileFinder({self.path!r})'

    def invalidate_caches(self):
        """Forget cached directory contents; this finder keeps none."""

    def find_spec(self, fullname, target=None):
        """The spec of `fullname`'s last part found in this directory, or
        None."""
        import os
        from importlib.util import spec_from_file_location
        tail = fullname.rpartition('.')[2]
        package = os.path.join(self.path, tail)
        if os.path.isdir(package):
            for suffix, loader in self._loaders:
                init = os.path.join(package, '__init__' + suffix)
                if os.path.isfile(init):
                    return spec_from_file_location(
                        fullname, init, loader=loader(fullname, init),
                        submodule_search_locations=[package])
        for suffix, loader in self._loaders:
            file = os.path.join(self.path, tail + suffix)
            if os.path.isfile(file):
                return spec_from_file_location(fullname, file, loader=loader(fullname, file))
        if os.path.isdir(package):
            # A folder without __init__: a portion of a namespace package.
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = [package]
            return spec
        return None

    @classmethod
    def path_hook(cls, *loader_details):
        """A sys.path_hooks entry making a FileFinder for a directory
        (ImportError for anything else)."""
        def path_hook_for_FileFinder(path):
            import os
            if not os.path.isdir(path or '.'):
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder
