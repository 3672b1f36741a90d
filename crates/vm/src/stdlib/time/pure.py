# The parts of the `time` module written in Python (`struct_time` and
# `get_clock_info`), run in the module's namespace when it is created.

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time:
    """A date and time broken into nine fields (year, month, day, hour,
    minute, second, weekday, day of the year, daylight saving flag), as
    gmtime() and localtime() return it; a sequence of those nine ints,
    with the zone's name and UTC offset as the extra attributes tm_zone and
    tm_gmtoff."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __init__(self, sequence, dict=None):
        try:
            values = tuple(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        given = len(values)
        if given < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence '
                            f'({given}-sequence given)')
        if given > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence '
                            f'({given}-sequence given)')
        self._values = values[:9]
        extra = values[9:] + (None, None)
        self.tm_zone = extra[0]
        self.tm_gmtoff = extra[1]

    def __len__(self):
        return 9

    def __getitem__(self, index):
        return self._values[index]

    def __iter__(self):
        return iter(self._values)

    def __contains__(self, value):
        return value in self._values

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._values == other._values
        if isinstance(other, tuple):
            return self._values == other
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, (struct_time, tuple)):
            return not self == other
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, struct_time):
            other = other._values
        if isinstance(other, tuple):
            return self._values < other
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, struct_time):
            other = other._values
        if isinstance(other, tuple):
            return self._values <= other
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, struct_time):
            other = other._values
        if isinstance(other, tuple):
            return self._values > other
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, struct_time):
            other = other._values
        if isinstance(other, tuple):
            return self._values >= other
        return NotImplemented

    def __hash__(self):
        return hash(self._values)

    def __add__(self, other):
        return self._values + other

    def __repr__(self, names=_FIELDS):
        fields = ', '.join(f'{name}={value!r}'
                           for name, value in zip(names, self._values))
        return f'time.struct_time({fields})'

    def __reduce__(self):
        return (struct_time, (self._values,
                              {'tm_zone': self.tm_zone,
                               'tm_gmtoff': self.tm_gmtoff}))


def _field(position, doc):
    return property(lambda self: self._values[position], doc=doc)


for _position, (_name, _doc) in enumerate(zip(_FIELDS, (
        'the year, like 2024', 'the month, 1 to 12', 'the day of the month, 1 to 31',
        'the hour, 0 to 23', 'the minute, 0 to 59', 'the second, 0 to 61',
        'the day of the week, 0 (Monday) to 6', 'the day of the year, 1 to 366',
        'daylight saving time: 1 in effect, 0 not, -1 unknown'))):
    setattr(struct_time, _name, _field(_position, _doc))
del _field, _position, _name, _doc, _FIELDS


# What each clock is read with: (implementation, monotonic, adjustable,
# resolution in seconds).
_CLOCKS = {
    'time': ('clock_gettime(CLOCK_REALTIME)', False, True, 1e-09),
    'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09),
    'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09),
    'process_time': ('/proc/self/schedstat', True, False, 1e-09),
    'thread_time': ('/proc/self/schedstat', True, False, 1e-09),
}


def get_clock_info(name):
    """A namespace describing the clock `name`: its implementation,
    whether it is monotonic or adjustable, and its resolution."""
    if not isinstance(name, str):
        raise TypeError('get_clock_info() argument 1 must be str, '
                        f'not {type(name).__name__}')
    try:
        implementation, monotonic, adjustable, resolution = _CLOCKS[name]
    except KeyError:
        raise ValueError('unknown clock') from None
    from types import SimpleNamespace
    return SimpleNamespace(implementation=implementation, monotonic=monotonic,
                           adjustable=adjustable, resolution=resolution)
