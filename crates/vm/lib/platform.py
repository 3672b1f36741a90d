"""Facts about the platform and the interpreter: the operating system
(system, release, machine, ...) and the Python version and
implementation."""

import os
import sys

__all__ = ['architecture', 'machine', 'node', 'platform', 'processor',
           'python_build', 'python_compiler', 'python_implementation',
           'python_version', 'python_version_tuple', 'release', 'system',
           'uname', 'version']


class uname_result(tuple):
    """What uname() returns: (system, node, release, version, machine,
    processor), also as attributes."""

    _fields = ('system', 'node', 'release', 'version', 'machine',
               'processor')
    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])
    processor = property(lambda self: self[5])

    def __repr__(self):
        shown = ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self))
        return f'uname_result({shown})'


_uname_cache = None


def uname():
    """The system's uname fields (and processor, '' when unknown)."""
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(tuple(os.uname()) + ('',))
    return _uname_cache


def system():
    """The operating system's name, such as 'Linux'."""
    return uname().system


def node():
    """The machine's network name."""
    return uname().node


def release():
    """The operating system's release, such as '6.1.0'."""
    return uname().release


def version():
    """The operating system's version string."""
    return uname().version


def machine():
    """The hardware type, such as 'x86_64'."""
    return uname().machine


def processor():
    """The processor's name ('' when the system does not say)."""
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the interpreter's executable."""
    return ('64bit' if sys.maxsize > 2**32 else '32bit', linkage or 'ELF')


def platform(aliased=False, terse=False):
    """One string naming the platform: system-release-machine."""
    u = uname()
    if terse:
        return f'{u.system}-{u.release}'
    return f'{u.system}-{u.release}-{u.machine}'


def python_implementation():
    """The interpreter's name (sys.implementation.name)."""
    return sys.implementation.name


def python_version():
    """The Python version as 'major.minor.micro'."""
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    """The Python version as three strings."""
    return tuple(str(n) for n in sys.version_info[:3])


def python_build():
    """(build number, build date) from sys.version."""
    inside = sys.version.split('(', 1)[1].split(')', 1)[0]
    number, _, date = inside.partition(', ')
    return number, date


def python_compiler():
    """What compiled the interpreter, from sys.version."""
    return sys.version.rsplit('[', 1)[1].rstrip(']')
