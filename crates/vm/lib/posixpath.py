"""Operations on POSIX path names (os.path): joining and splitting them,
normalising them, and asking the file system about them."""

import posix

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
altsep = None
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(p):
    import os
    return os.fspath(p)


def _stat_or_none(p, follow=True):
    try:
        return posix._stat(_fspath(p), follow)
    except (OSError, ValueError, TypeError):
        return None


def normcase(s):
    """The path itself: case matters on POSIX."""
    return _fspath(s)


def isabs(s):
    """Whether the path is absolute (starts with '/')."""
    return _fspath(s).startswith('/')


def join(a, *p):
    """Join path components: an absolute component discards what came
    before it; a '/' is inserted where needed."""
    path = _fspath(a)
    for b in p:
        b = _fspath(b)
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    """(head, tail): tail is what follows the last '/'; head keeps its
    trailing slashes only when it is all slashes."""
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows, if the dot is in
    the last component and that component is not all leading dots."""
    p = _fspath(p)
    slash = p.rfind('/')
    dot = p.rfind('.')
    if dot > slash:
        start = slash + 1
        while start < dot:
            if p[start] != '.':
                return p[:dot], p[dot:]
            start += 1
    return p, p[:0]


def splitdrive(p):
    """('', p): POSIX paths have no drive."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """What follows the last '/'."""
    p = _fspath(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    """What precedes the last '/', without its trailing slashes."""
    return split(p)[0]


def exists(path):
    """Whether the path names an existing file (following links)."""
    return _stat_or_none(path) is not None


def lexists(path):
    """Whether the path exists, a broken symbolic link included."""
    return _stat_or_none(path, False) is not None


def _mode_is(path, kind, follow=True):
    st = _stat_or_none(path, follow)
    return st is not None and st[0] & 0o170000 == kind


def isfile(path):
    return _mode_is(path, 0o100000)


def isdir(s):
    return _mode_is(s, 0o040000)


def islink(path):
    return _mode_is(path, 0o120000, False)


def ismount(path):
    """Whether the path is a mount point (its device differs from its
    parent's, or it is the same file as its parent)."""
    st = _stat_or_none(path, False)
    if st is None or st[0] & 0o170000 == 0o120000:
        return False
    parent = _stat_or_none(join(_fspath(path), '..'), False)
    if parent is None:
        return False
    return st[2] != parent[2] or st[1] == parent[1]


def _stat_field(filename, index):
    import os
    return os.stat(filename)[index]


def getsize(filename):
    """The size of a file, in bytes."""
    return _stat_field(filename, 6)


def getatime(filename):
    import os
    return os.stat(filename).st_atime


def getmtime(filename):
    import os
    return os.stat(filename).st_mtime


def getctime(filename):
    import os
    return os.stat(filename).st_ctime


def samefile(f1, f2):
    import os
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def normpath(path):
    """The path with redundant separators and '.' components removed and
    'x/..' folded, without looking at the file system."""
    path = _fspath(path)
    if not path:
        return '.'
    initial = 0
    if path.startswith('/'):
        # POSIX keeps exactly two leading slashes, and folds three or more.
        initial = 2 if path.startswith('//') and not path.startswith('///') else 1
    parts = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not parts) or (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = '/'.join(parts)
    if initial:
        path = '/' * initial + path
    return path or '.'


def abspath(path):
    """The absolute, normalised path."""
    path = _fspath(path)
    if not isabs(path):
        path = join(posix.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, normalised."""
    filename = _fspath(filename)
    path, ok = _resolve('', filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    """Join `rest` onto the resolved `path`, resolving links on the way;
    (path, whether it ended without a link loop)."""
    if isabs(rest):
        rest = rest[1:]
        path = '/'
    while rest:
        name, _, rest = rest.partition('/')
        if not name or name == '.':
            continue
        if name == '..':
            if path:
                path, name = split(path)
                if name == '..':
                    path = join(path, '..', '..')
            else:
                path = '..'
            continue
        newpath = join(path, name)
        if not islink(newpath):
            if strict:
                posix._stat(newpath, True)
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                posix._stat(newpath, True)
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, posix.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def expanduser(path):
    """The path with a leading '~' (or '~user' for the current user)
    replaced by the home directory from HOME."""
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = posix.environ.get('HOME')
    if home is None:
        return path
    home = home.rstrip('/')
    return (home + path[i:]) or '/'


def expandvars(path):
    """The path with $name and ${name} replaced by environment variables
    that are set; others are left as they are."""
    path = _fspath(path)
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            end = path.find('}', i + 2)
            if end < 0:
                out.append(path[i:])
                break
            name = path[i + 2:end]
            value = posix.environ.get(name)
            out.append(path[i:end + 1] if value is None else value)
            i = end + 1
            continue
        j = i + 1
        while j < n and (path[j].isalnum() or path[j] == '_'):
            j += 1
        name = path[i + 1:j]
        value = posix.environ.get(name) if name else None
        out.append(path[i:j] if value is None else value)
        i = j if j > i + 1 else i + 1
    return ''.join(out)


def commonprefix(m):
    """The longest string that starts every item (character by
    character, not by component)."""
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of the paths (by component)."""
    paths = [_fspath(p) for p in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    absolute = {p.startswith('/') for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    first = min(split_paths)
    last = max(split_paths)
    common = first
    for i, c in enumerate(first):
        if c != last[i]:
            common = first[:i]
            break
    prefix = '/' if absolute.pop() else ''
    return prefix + '/'.join(common)


def relpath(path, start=None):
    """The path relative to `start` (the current directory by default)."""
    path = _fspath(path)
    if not path:
        raise ValueError('no path specified')
    start = curdir if start is None else _fspath(start)
    start_parts = [x for x in abspath(start).split('/') if x]
    path_parts = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_parts, path_parts]))
    rel = [pardir] * (len(start_parts) - i) + path_parts[i:]
    return join(*rel) if rel else curdir
