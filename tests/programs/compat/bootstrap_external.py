# importlib._bootstrap_external and py_compile: a source compiled to the
# interpreter's own code-cache file, whose path maps back to the source.
import importlib.util
import importlib._bootstrap_external as external
import os
import py_compile
import tempfile

with tempfile.TemporaryDirectory() as folder:
    source = os.path.join(folder, 'sample.py')
    with open(source, 'w') as f:
        f.write('ANSWER = 6 * 7\n')
    cached = py_compile.compile(source, doraise=True)
    print(cached == importlib.util.cache_from_source(source))
    print(os.path.basename(os.path.dirname(cached)))
    print(importlib.util.source_from_cache(cached) == source)
    with open(cached, 'rb') as f:
        data = f.read()
    print(external._classify_pyc(data, 'sample', {}))
    loader = external.SourcelessFileLoader('sample', cached)
    namespace = {}
    exec(loader.get_code('sample'), namespace)
    print(namespace['ANSWER'])
    print(loader.get_source('sample'), loader.is_package('sample'))
    try:
        external._classify_pyc(b'not a cache file', 'sample', {'name': 'sample'})
    except ImportError as e:
        print('ImportError', e.name)
    with open(os.path.join(folder, 'broken.py'), 'w') as f:
        f.write('x = (\n')
    try:
        py_compile.compile(os.path.join(folder, 'broken.py'), doraise=True)
    except py_compile.PyCompileError as e:
        print('PyCompileError', e.exc_type_name)
for bad in ['a/b.py', 'a/__pycache__/b.py']:
    try:
        importlib.util.source_from_cache(bad)
    except ValueError:
        print('ValueError for', bad)
print(external.decode_source(b'# coding: latin-1\nx = "\xe9"\r\n'))
