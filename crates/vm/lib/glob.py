"""Filename pattern expansion as the shell does it: glob() lists the
existing paths that match a pattern of '*', '?' and '[...]' wildcards
(and '**' for any depth when recursive=True).

Names starting with '.' are matched only by a pattern part that starts
with '.' too (unless include_hidden=True). Paths come in the order the
directory listings give them; a part with no wildcard is looked up
directly rather than listed. The results keep the pattern's own form:
a relative pattern gives relative paths, and `root_dir` (if given) is
the directory relative patterns are read from without being shown.
"""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """The list of paths matching `pathname`."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """An iterator of the paths matching `pathname`."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        # A pattern starting with '**' would also match an empty name
        # first: skip it.
        try:
            first = next(results)
            if first:
                results = _chain(first, results)
        except StopIteration:
            pass
    return results


def _chain(first, rest):
    yield first
    yield from rest


def _join(root, name):
    return os.path.join(root, name) if root else name


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _is_recursive(basename):
            select = _glob2
        else:
            select = _glob1
    else:
        select = _glob0
    for directory in dirs:
        for name in select(_join(root_dir, directory), basename, dironly,
                           include_hidden):
            yield os.path.join(directory, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(os.path.join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    """The names in `dirname` (only those of directories if `dironly`);
    none if it cannot be listed."""
    try:
        with os.scandir(dirname or os.curdir) as it:
            names = []
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
            return names
    except OSError:
        return []


def _rlistdir(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            path = os.path.join(dirname, name) if dirname else name
            if _isdir(path):
                for sub in _rlistdir(path, dironly, include_hidden):
                    yield os.path.join(name, sub)


def _lexists(pathname):
    return os.path.lexists(pathname)


def _isdir(pathname):
    return os.path.isdir(pathname or os.curdir)


_MAGIC = re.compile('([*?[])')
_MAGIC_BYTES = re.compile(b'([*?[])')


def has_magic(s):
    """Whether `s` holds a wildcard."""
    if isinstance(s, bytes):
        return _MAGIC_BYTES.search(s) is not None
    return _MAGIC.search(s) is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _is_recursive(pattern):
    return pattern == '**' or pattern == b'**'


def escape(pathname):
    """`pathname` with its wildcards made literal ('[*]' for '*')."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = _MAGIC_BYTES.sub(br'[\1]', pathname)
    else:
        pathname = _MAGIC.sub(r'[\1]', pathname)
    return drive + pathname
