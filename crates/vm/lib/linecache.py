"""Lines of source files, read once and kept: getline(filename, lineno)
is what tracebacks and warnings show."""

import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

# filename -> (size, mtime, lines, fullname); a lazily loadable module's
# entry is a 1-tuple holding the function that gives its source.
cache = {}


def clearcache():
    """Forget every file read so far."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (counted from 1) of the file, with its newline; ''
    when there is no such line or file."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """The lines of the file, from the cache or read now."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop the entries whose file changed (size or time) or went."""
    import os
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Read the file again (searching sys.path for a relative name) and
    keep its lines; [] when it cannot be read."""
    import os
    entry = cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    if entry is not None and len(entry) == 1:
        try:
            data = entry[0]()
        except (ImportError, OSError):
            data = None
        if data is not None:
            lines = data.splitlines(True)
            if lines and not lines[-1].endswith('\n'):
                lines[-1] += '\n'
            cache[filename] = (len(data), None, lines, filename)
            return lines
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        if os.path.isabs(filename):
            return []
        for directory in sys.path:
            if not isinstance(directory, str) or directory.startswith('<'):
                continue
            fullname = os.path.join(directory, filename)
            try:
                st = os.stat(fullname)
                break
            except (OSError, ValueError):
                continue
        else:
            return []
    try:
        with open(fullname, encoding='utf-8') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remember how to get a module's source (its loader's get_source) so
    a later getline can read it; whether that was possible."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if get_source is not None:
            name = module_globals['__name__']
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
