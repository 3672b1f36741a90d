# The parts of the `sys` module written in Python: the named structures
# (`version_info`, `flags`, `float_info`, `int_info`, `hash_info`,
# `thread_info`), `implementation`, `displayhook`, `call_tracing` and the
# switch interval. Run in the module's namespace when it is created, after
# the native part; names starting with `_struct` are removed at the end.


def _structseq(name, fields, values, constructible=True):
    """A struct sequence: a tuple whose items are also named attributes,
    shown as `sys.NAME(field=value, ...)`."""

    def __new__(cls, sequence=(), dict=None):
        if not constructible:
            raise TypeError(f"cannot create 'sys.{name}' instances")
        items = tuple(sequence)
        if len(items) != len(fields):
            raise TypeError(f'sys.{name}() takes a {len(fields)}-sequence '
                            f'({len(items)}-sequence given)')
        return tuple.__new__(cls, items)

    def __repr__(self):
        shown = ', '.join(f'{f}={v!r}' for f, v in zip(fields, self))
        return f'sys.{name}({shown})'

    def __reduce__(self):
        return (type(self), (tuple(self),))

    namespace = {
        '__new__': __new__,
        '__repr__': __repr__,
        '__reduce__': __reduce__,
        '__slots__': (),
        '__module__': 'sys',
        'n_sequence_fields': len(fields),
        'n_fields': len(fields),
        'n_unnamed_fields': 0,
        '_fields': tuple(fields),
    }
    for index, field in enumerate(fields):
        namespace[field] = property(lambda self, i=index: tuple.__getitem__(self, i))
    cls = type(name, (tuple,), namespace)
    return tuple.__new__(cls, tuple(values))


class _structnamespace:
    """`sys.implementation`: attributes shown as `namespace(...)`."""

    def __init__(self, **attributes):
        self.__dict__.update(attributes)

    def __repr__(self):
        shown = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        return f'namespace({shown})'

    def __eq__(self, other):
        if isinstance(other, _structnamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


_structnamespace.__name__ = _structnamespace.__qualname__ = 'SimpleNamespace'
_structnamespace.__module__ = 'types'

version_info = _structseq(
    'version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'),
    (3, 11, 7, 'final', 0), constructible=False)
hexversion = 0x030B07F0
api_version = 1013
version = '3.11.7 (main, Jan  1 2026, 00:00:00) [pyrite]'

implementation = _structnamespace(
    name='pyrite', cache_tag=None, version=version_info,
    hexversion=hexversion, _multiarch='x86_64-linux-gnu')

flags = _structseq(
    'flags',
    ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
     'no_user_site', 'no_site', 'ignore_environment', 'verbose',
     'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
     'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'),
    (0, 0, 0, 0, int(dont_write_bytecode), 0, 0, 0, 0, 0, 0,
     int(_hash_randomization), 0, False, 0, 0, False, -1),
    constructible=False)
del _hash_randomization

float_info = _structseq(
    'float_info',
    ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
     'mant_dig', 'epsilon', 'radix', 'rounds'),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021,
     -307, 15, 53, 2.220446049250313e-16, 2, 1))

int_info = _structseq(
    'int_info',
    ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
     'str_digits_check_threshold'),
    (30, 4, 4300, 640))

hash_info = _structseq(
    'hash_info',
    ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',
     'seed_bits', 'cutoff'),
    (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))

thread_info = _structseq('thread_info', ('name', 'lock', 'version'),
                         (None, None, None))

_switch_interval = 0.005


def getswitchinterval():
    """The interval at which threads would be switched, in seconds."""
    return _switch_interval


def setswitchinterval(interval):
    """Set the thread switch interval, in seconds."""
    global _switch_interval
    interval = float(interval)
    if interval <= 0:
        raise ValueError('switch interval must be strictly positive')
    _switch_interval = interval


def call_tracing(func, args):
    """Call func(*args)."""
    if not isinstance(args, tuple):
        raise TypeError(f'call_tracing() argument 2 must be tuple, not '
                        f'{type(args).__name__}')
    return func(*args)


def displayhook(value):
    """Print repr(value) to sys.stdout and keep it in builtins._ (what the
    interactive prompt does with an expression's value)."""
    if value is None:
        return
    import builtins
    builtins._ = None
    text = repr(value)
    stdout.write(text + '\n')
    builtins._ = value


__displayhook__ = displayhook
del _structseq, _structnamespace
