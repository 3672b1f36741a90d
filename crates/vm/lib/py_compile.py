"""Compile a Python source file to its code-cache file, as import would.

The cache file is the one `importlib.util.cache_from_source` names
(`__pycache__/NAME.pyrite-311.pyc`), stamped with the source's
modification time and size; import reuses it while the source is
unchanged.
"""

import enum
import importlib._bootstrap_external
import importlib.machinery
import importlib.util
import os
import sys
import traceback

__all__ = ['compile', 'main', 'PyCompileError', 'PycInvalidationMode']


class PyCompileError(Exception):
    """A source file failed to compile: the error's class name, its text,
    and the file it came from."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            lines = traceback.format_exception_only(exc_type, exc_value)
            text = ''.join(lines).replace('File "<string>"', f'File "{file}"')
        else:
            text = f'Sorry: {exc_type_name}: {exc_value}'
        Exception.__init__(self, msg or text, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or text

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    """How a cache file is checked against its source. pyrite's cache files
    are stamped by time and size, so only TIMESTAMP can be written."""
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def _get_default_invalidation_mode():
    if os.environ.get('SOURCE_DATE_EPOCH'):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    """Compile `file` and write its cache file (`cfile`, by default the one
    import reads); returns the cache file's path, or None when the source
    does not compile and `doraise` is false. `dfile` is the file name the
    code reports in tracebacks."""
    if invalidation_mode is None:
        invalidation_mode = _get_default_invalidation_mode()
    if invalidation_mode != PycInvalidationMode.TIMESTAMP:
        raise ValueError(f'{invalidation_mode}: cache files are stamped by '
                         'source time and size only')
    if cfile is None:
        if optimize >= 0:
            optimization = optimize if optimize >= 1 else ''
            cfile = importlib.util.cache_from_source(file, optimization=optimization)
        else:
            cfile = importlib.util.cache_from_source(file)
    if os.path.islink(cfile):
        raise FileExistsError(f'{cfile} is a symlink and will be changed into a regular '
                              'file if import writes a byte-compiled file to it')
    if os.path.exists(cfile) and not os.path.isfile(cfile):
        raise FileExistsError(f'{cfile} is a non-regular file and will be changed into a '
                              'regular one if import writes a byte-compiled file to it')
    loader = importlib.machinery.SourceFileLoader('<py_compile>', file)
    source_bytes = loader.get_data(file)
    try:
        code = loader.source_to_code(source_bytes, dfile or file, _optimize=optimize)
    except Exception as err:
        error = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise error
            sys.stderr.write(error.msg + '\n')
        return None
    directory = os.path.dirname(cfile)
    if directory:
        os.makedirs(directory, exist_ok=True)
    stats = loader.path_stats(file)
    data = importlib._bootstrap_external._code_to_timestamp_pyc(
        code, stats['mtime'], stats['size'])
    mode = importlib._bootstrap_external._calc_mode(file)
    importlib._bootstrap_external._write_atomic(cfile, data, mode)
    return cfile


def main():
    """Compile the files named on the command line (or, given '-', one per
    line of standard input); exit status 1 if any failed."""
    import argparse
    parser = argparse.ArgumentParser(description='A simple command-line interface '
                                                 'for py_compile module.')
    parser.add_argument('-q', '--quiet', action='store_true',
                        help='Suppress error output')
    parser.add_argument('filenames', nargs='+', help='Files to compile')
    args = parser.parse_args()
    if args.filenames == ['-']:
        filenames = [line.rstrip('\n') for line in sys.stdin.readlines()]
    else:
        filenames = args.filenames
    for filename in filenames:
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            if args.quiet:
                parser.exit(1)
            parser.exit(1, error.msg)
        except (OSError, ValueError) as error:
            if args.quiet:
                parser.exit(1)
            parser.exit(1, str(error))
    return None


if __name__ == '__main__':
    main()
