"""deque: a double-ended queue with O(1) appends and pops at both ends.

The items live in two lists: `_front` holds the left part in reverse
order (its last element is the leftmost item) and `_back` the right part
in order (its last element is the rightmost item), so each end is the cheap
end of a list. When a pop finds its list empty, the other list is split in
half between them, which keeps every operation O(1) amortized.

`_state` counts structural changes (appends, pops, clears, ...); an
iterator that sees it change raises "deque mutated during iteration", as
CPython's does.
"""

from types import GenericAlias as _GenericAlias


def _index_of(value):
    if isinstance(value, int):
        return value
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError(
            "sequence index must be integer, not '%s'" % type(value).__name__
        )
    return method(value)


def _count_of(value):
    if isinstance(value, int):
        return value
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError(
            "'%s' object cannot be interpreted as an integer" % type(value).__name__
        )
    return method(value)


class _MaxlenAttribute:
    # The read-only `maxlen` attribute, with CPython's wording on writes.

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance._maxlen

    def __set__(self, instance, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    def __delete__(self, instance):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    def __repr__(self):
        return "<attribute 'maxlen' of 'collections.deque' objects>"


_repr_running = set()


def _eq(a, b):
    return a == b


def _ne(a, b):
    return a != b


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


class deque:
    """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ("_front", "_back", "_maxlen", "_state", "__weakref__")

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._front = []
        self._back = []
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        if self._front or self._back:
            self.clear()
        if iterable is not None:
            self.extend(iterable)

    maxlen = _MaxlenAttribute()

    # ---------------------------------------------------------- storage

    def _items(self):
        items = self._front[::-1]
        items.extend(self._back)
        return items

    def _refill(self, items):
        self._front = []
        self._back = list(items)
        self._state += 1

    def _locate(self, index):
        """The list holding item `index` and the item's place in it."""
        i = _index_of(index)
        front = self._front
        nf = len(front)
        if i < 0:
            i += nf + len(self._back)
        if i < 0:
            raise IndexError("deque index out of range")
        if i < nf:
            return front, nf - 1 - i
        i -= nf
        if i >= len(self._back):
            raise IndexError("deque index out of range")
        return self._back, i

    # ------------------------------------------------------------ ends

    def append(self, x):
        """Add an element to the right side of the deque."""
        maxlen = self._maxlen
        if maxlen is not None and len(self._front) + len(self._back) >= maxlen:
            if maxlen == 0:
                return
            self.popleft()
        self._back.append(x)
        self._state += 1

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        maxlen = self._maxlen
        if maxlen is not None and len(self._front) + len(self._back) >= maxlen:
            if maxlen == 0:
                return
            self.pop()
        self._front.append(x)
        self._state += 1

    def pop(self):
        """Remove and return the rightmost element."""
        back = self._back
        if not back:
            front = self._front
            if not front:
                raise IndexError("pop from an empty deque")
            # The right half of the items (the start of _front) moves over.
            keep = len(front) // 2
            back = front[:len(front) - keep]
            back.reverse()
            self._front = front[len(front) - keep:]
            self._back = back
        self._state += 1
        return back.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        front = self._front
        if not front:
            back = self._back
            if not back:
                raise IndexError("pop from an empty deque")
            # The left half of the items (the start of _back) moves over.
            keep = len(back) // 2
            front = back[:len(back) - keep]
            front.reverse()
            self._back = back[len(back) - keep:]
            self._front = front
        self._state += 1
        return front.pop()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if isinstance(iterable, deque):
            iterable = iterable._items()
        if self._maxlen == 0:
            for _ in iterable:
                pass
            return
        if self._maxlen is None and type(iterable) in (list, tuple):
            if iterable:
                self._back.extend(iterable)
                self._state += 1
            return
        append = self.append
        for x in iterable:
            append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if isinstance(iterable, deque):
            iterable = iterable._items()
        if self._maxlen == 0:
            for _ in iterable:
                pass
            return
        if self._maxlen is None and type(iterable) in (list, tuple):
            if iterable:
                self._front.extend(iterable)
                self._state += 1
            return
        appendleft = self.appendleft
        for x in iterable:
            appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._front = []
        self._back = []
        self._state += 1

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _count_of(n)
        size = len(self._front) + len(self._back)
        if size <= 1:
            return
        k = n % size
        if k == 0:
            return
        if k <= size // 2:
            for _ in range(k):
                self.appendleft(self.pop())
        else:
            for _ in range(size - k):
                self.append(self.popleft())

    # ------------------------------------------------------- sequence

    def __len__(self):
        return len(self._front) + len(self._back)

    def __getitem__(self, index):
        part, i = self._locate(index)
        return part[i]

    def __setitem__(self, index, value):
        part, i = self._locate(index)
        part[i] = value

    def __delitem__(self, index):
        part, i = self._locate(index)
        del part[i]
        self._state += 1

    def __iter__(self):
        state = self._state
        front = self._front
        back = self._back
        for i in range(len(front) - 1, -1, -1):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield front[i]
        for i in range(len(back)):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield back[i]
        if self._state != state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        state = self._state
        front = self._front
        back = self._back
        for i in range(len(back) - 1, -1, -1):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield back[i]
        for i in range(len(front)):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield front[i]
        if self._state != state:
            raise RuntimeError("deque mutated during iteration")

    def __contains__(self, value):
        state = self._state
        for item in self._items():
            found = item is value or item == value
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            if found:
                return True
        return False

    def count(self, value):
        """Return number of occurrences of value."""
        state = self._state
        total = 0
        for item in self._items():
            if item is value or item == value:
                total += 1
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
        return total

    def index(self, value, start=0, stop=None):
        """Return first index of value.

Raises ValueError if the value is not present."""
        items = self._items()
        size = len(items)
        start = _count_of(start)
        if start < 0:
            start = max(start + size, 0)
        stop = size if stop is None else _count_of(stop)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        state = self._state
        for i in range(start, stop):
            item = items[i]
            found = item is value or item == value
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            if found:
                return i
        raise ValueError("%r is not in deque" % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        index = _count_of(index)
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(index, value)
        self._refill(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        state = self._state
        for i, item in enumerate(self._items()):
            found = item is value or item == value
            if self._state != state:
                raise IndexError("deque mutated during remove().")
            if found:
                del self[i]
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._front, self._back = self._back, self._front

    # ------------------------------------------------------ operators

    def copy(self):
        """Return a shallow copy of a deque."""
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                'can only concatenate deque (not "%s") to deque' % type(other).__name__
            )
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _count_of(n)
        if n <= 0:
            self.clear()
        elif n > 1:
            items = self._items()
            for _ in range(n - 1):
                self.extend(items)
        return self

    def _compare(self, other, op):
        if not isinstance(self, deque) or not isinstance(other, deque):
            return NotImplemented
        return op(self._items(), other._items())

    def __eq__(self, other):
        return self._compare(other, _eq)

    def __ne__(self, other):
        return self._compare(other, _ne)

    def __lt__(self, other):
        return self._compare(other, _lt)

    def __le__(self, other):
        return self._compare(other, _le)

    def __gt__(self, other):
        return self._compare(other, _gt)

    def __ge__(self, other):
        return self._compare(other, _ge)

    __hash__ = None

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "[...]"
        _repr_running.add(key)
        try:
            items = repr(self._items())
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return "%s(%s)" % (name, items)
        return "%s(%s, maxlen=%d)" % (name, items, self._maxlen)

    __class_getitem__ = classmethod(_GenericAlias)
