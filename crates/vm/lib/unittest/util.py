"""Helpers shared by the unittest modules: reprs that never fail, the
shortening of long reprs in failure messages, and element-count diffs.

A failure message shows both values' reprs. When the longer repr is over
80 characters, their common prefix (and, if still too long, the differing
tails) are cut down with a `[N chars]` marker, so the two shortened reprs
keep the part where they differ.
"""

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (
    _MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN + _PLACEHOLDER_LEN + _MIN_END_LEN
)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + " [truncated]..."
    return text


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _cut(text, keep_front, keep_back):
    hidden = len(text) - keep_front - keep_back
    if hidden <= _PLACEHOLDER_LEN:
        return text
    return "%s[%d chars]%s" % (text[:keep_front], hidden, text[len(text) - keep_back:])


def _shared_prefix(texts):
    if not texts:
        return ""
    low = min(texts)
    high = max(texts)
    n = 0
    limit = min(len(low), len(high))
    while n < limit and low[n] == high[n]:
        n += 1
    return low[:n]


def _common_shorten_repr(*values):
    reprs = tuple(safe_repr(v) for v in values)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _shared_prefix(reprs)
    plen = len(prefix)
    room = _MAX_LENGTH - (longest - plen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        head = _cut(prefix, _MIN_BEGIN_LEN, room)
        return tuple(head + r[plen:] for r in reprs)
    head = _cut(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _cut(r[plen:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def three_way_cmp(x, y):
    return (x > y) - (x < y)


def sorted_list_difference(expected, actual):
    """Items only in `expected` and items only in `actual`, both sorted
    lists, each difference without repeats."""
    i = j = 0
    missing = []
    unexpected = []
    while True:
        try:
            e = expected[i]
            a = actual[j]
            if e < a:
                missing.append(e)
                i += 1
                while expected[i] == e:
                    i += 1
            elif e > a:
                unexpected.append(a)
                j += 1
                while actual[j] == a:
                    j += 1
            else:
                i += 1
                try:
                    while expected[i] == e:
                        i += 1
                finally:
                    j += 1
                    while actual[j] == a:
                        j += 1
        except IndexError:
            missing.extend(expected[i:])
            unexpected.extend(actual[j:])
            break
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def _count_diff_all_purpose(actual, expected):
    """(count in actual, count in expected, element) for every element
    whose counts differ, for elements that need not be hashable."""
    first = list(actual)
    second = list(expected)
    done = object()
    out = []
    for i, elem in enumerate(first):
        if elem is done:
            continue
        n_first = 0
        for k in range(i, len(first)):
            if first[k] == elem:
                n_first += 1
                first[k] = done
        n_second = 0
        for k in range(len(second)):
            if second[k] is not done and second[k] == elem:
                n_second += 1
                second[k] = done
        if n_first != n_second:
            out.append((n_first, n_second, elem))
    for i, elem in enumerate(second):
        if elem is done:
            continue
        n_second = 0
        for k in range(i, len(second)):
            if second[k] is not done and second[k] == elem:
                n_second += 1
                second[k] = done
        out.append((0, n_second, elem))
    return out


def _tally(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _count_diff_hashable(actual, expected):
    """(count in actual, count in expected, element) for every element
    whose counts differ, for hashable elements."""
    first = _tally(actual)
    second = _tally(expected)
    out = []
    for elem, n_first in first.items():
        n_second = second.get(elem, 0)
        if n_first != n_second:
            out.append((n_first, n_second, elem))
    for elem, n_second in second.items():
        if elem not in first:
            out.append((0, n_second, elem))
    return out
