# importlib.machinery.FileFinder: finds a package or a module file in one
# directory with the loaders it was given.
import importlib.machinery as machinery
import os
import tempfile

with tempfile.TemporaryDirectory() as folder:
    with open(os.path.join(folder, 'alpha.py'), 'w') as f:
        f.write('VALUE = 1\n')
    os.mkdir(os.path.join(folder, 'beta'))
    with open(os.path.join(folder, 'beta', '__init__.py'), 'w') as f:
        f.write('')
    os.mkdir(os.path.join(folder, 'gamma'))
    finder = machinery.FileFinder(folder, (machinery.SourceFileLoader, machinery.SOURCE_SUFFIXES))
    print(finder.path == folder)
    for name in ['alpha', 'beta', 'pkg.alpha', 'gamma', 'missing']:
        spec = finder.find_spec(name)
        if spec is None:
            print(name, None)
            continue
        locations = spec.submodule_search_locations
        origin = None if spec.origin is None else os.path.relpath(spec.origin, folder)
        print(spec.name, origin, type(spec.loader).__name__,
              None if locations is None else [os.path.relpath(p, folder) for p in locations])
    hook = machinery.FileFinder.path_hook((machinery.SourceFileLoader, ['.py']))
    print(type(hook(folder)).__name__)
    try:
        hook(os.path.join(folder, 'alpha.py'))
    except ImportError as e:
        print('ImportError:', e)
    print(finder.invalidate_caches())
