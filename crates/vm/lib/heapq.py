"""Heap queue algorithm (a.k.a. priority queue).

A heap is a list in which every item is no greater than its children:
heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] wherever those exist,
so heap[0] is always the smallest item.  Only the `<` operator is used
to compare items.

Functions: heappush, heappop, heapify, heapreplace, heappushpop, merge,
nlargest and nsmallest.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _need_list(heap, what):
    if not isinstance(heap, list):
        raise TypeError(f"{what} must be list, not {type(heap).__name__}")


# The two movements every operation is made of.  `_bubble_up` moves the
# item at `pos` towards the root while it is smaller than its parent (the
# root side ends at `top`).  `_sink` moves the item at `pos` down to a
# leaf, always following the smaller child, then bubbles it back up: on
# average an item removed from the top belongs near the bottom, so this
# needs fewer comparisons than stopping as soon as the item fits.

def _bubble_up(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _need_list(heap, "heappush() argument 1")
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _need_list(heap, "heappop() argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item.

    The heap size does not change; the returned value may be larger than
    item.  An empty heap raises IndexError.
    """
    _need_list(heap, "heapreplace() argument 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item.

    Faster than heappush() followed by heappop().
    """
    _need_list(heap, "heappushpop() argument 1")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(x, /):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _need_list(x, "heapify() argument")
    for pos in reversed(range(len(x) // 2)):
        _sink(x, pos)


# The same operations for a max-heap (every item no smaller than its
# children), which merge(reverse=True) and nlargest() use.

def _bubble_up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if above < item:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, top, pos)


def _heappop_max(heap):
    """Pop the largest item off a max-heap."""
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    """Pop the largest item of a max-heap and add item."""
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def _heapify_max(x):
    """Transform list into a max-heap, in-place."""
    for pos in reversed(range(len(x) // 2)):
        _sink_max(x, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge several sorted inputs into a single sorted output.

    Like sorted(itertools.chain(*iterables)) but lazy: it does not pull
    the data into memory all at once, and it assumes each input is
    already sorted (smallest to largest, or largest to smallest when
    reverse is true).  Equal items come out in the order of their inputs.

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]
    """
    # Each heap entry is [sort key, input number, item, iterator].
    # The input number is unique, so comparing entries never looks past
    # it; for a reverse merge it is negated so that, in the max-heap,
    # earlier inputs still win ties.
    if reverse:
        pop, replace, make = _heappop_max, _heapreplace_max, _heapify_max
        sign = -1
    else:
        pop, replace, make = heappop, heapreplace, heapify
        sign = 1
    heap = []
    for number, iterable in enumerate(iterables):
        source = iter(iterable)
        try:
            item = next(source)
        except StopIteration:
            continue
        sort_key = item if key is None else key(item)
        heap.append([sort_key, number * sign, item, source])
    make(heap)
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                yield entry[2]
                item = next(entry[3])
                entry[0] = item if key is None else key(item)
                entry[2] = item
                replace(heap, entry)
        except StopIteration:
            pop(heap)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3]


def _select(n, iterable, key, largest):
    """The n smallest (or largest) items, as sorted(iterable, key=key,
    reverse=largest)[:n] would list them."""
    if n <= 0:
        return []
    if key is None:
        key = _identity
    # Entries are (sort key, arrival order, item): the arrival order keeps
    # equal keys in input order, as a stable sort does, and means items
    # themselves are never compared.
    if largest:
        # A min-heap of the n largest so far, with later arrivals ranked
        # below earlier ones among equal keys.
        heap = []
        order = 0
        for item in iterable:
            entry = (key(item), order, item)
            order -= 1
            if len(heap) < n:
                heappush(heap, entry)
            elif heap[0] < entry:
                heapreplace(heap, entry)
        heap.sort(reverse=True)
    else:
        # A max-heap of the n smallest so far.
        heap = []
        order = 0
        for item in iterable:
            entry = (key(item), order, item)
            order += 1
            if len(heap) < n:
                heap.append(entry)
                _bubble_up_max(heap, 0, len(heap) - 1)
            elif entry < heap[0]:
                _heapreplace_max(heap, entry)
        heap.sort()
    return [entry[2] for entry in heap]


def _identity(item):
    return item


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    return _select(n, iterable, key, True)


# The native versions of the heap operations, when the interpreter has
# them; the definitions above document what they do.
try:
    from _heapq import *
    from _heapq import _heappop_max, _heapify_max, _heapreplace_max
except ImportError:
    pass
