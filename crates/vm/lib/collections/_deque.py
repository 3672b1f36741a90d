"""deque: a double-ended queue with O(1) appends and pops at both ends.

The items live in a ring buffer: a list whose length (the capacity) is a
power of two, the first item at `_head`, the others following it modulo
the capacity, `_size` of them in all; unused slots hold None so that
nothing is kept alive by them. The buffer doubles when full.

`_state` counts structural changes (appends, pops, clears, ...); an
iterator that sees it change raises "deque mutated during iteration", as
CPython's does.
"""

from types import GenericAlias as _GenericAlias

_MIN_CAPACITY = 8


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

    __slots__ = ("_buf", "_head", "_size", "_maxlen", "_state", "__weakref__")

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._buf = [None] * _MIN_CAPACITY
        self._head = 0
        self._size = 0
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
        if self._size:
            self.clear()
        if iterable is not None:
            self.extend(iterable)

    maxlen = _MaxlenAttribute()

    # ---------------------------------------------------------- buffer

    def _grow(self):
        old = self._buf
        capacity = len(old)
        mask = capacity - 1
        head = self._head
        items = [old[(head + i) & mask] for i in range(self._size)]
        self._buf = items + [None] * (capacity * 2 - len(items))
        self._head = 0

    def _items(self):
        buf = self._buf
        mask = len(buf) - 1
        head = self._head
        return [buf[(head + i) & mask] for i in range(self._size)]

    def _refill(self, items):
        capacity = _MIN_CAPACITY
        while capacity < len(items):
            capacity *= 2
        self._buf = list(items) + [None] * (capacity - len(items))
        self._head = 0
        self._size = len(items)
        self._state += 1

    def _position(self, index):
        i = _index_of(index)
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError("deque index out of range")
        return (self._head + i) & (len(self._buf) - 1)

    # ------------------------------------------------------------ ends

    def append(self, x):
        """Add an element to the right side of the deque."""
        maxlen = self._maxlen
        if maxlen is not None and self._size >= maxlen:
            if maxlen == 0:
                return
            self.popleft()
        if self._size == len(self._buf):
            self._grow()
        buf = self._buf
        buf[(self._head + self._size) & (len(buf) - 1)] = x
        self._size += 1
        self._state += 1

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        maxlen = self._maxlen
        if maxlen is not None and self._size >= maxlen:
            if maxlen == 0:
                return
            self.pop()
        if self._size == len(self._buf):
            self._grow()
        buf = self._buf
        self._head = (self._head - 1) & (len(buf) - 1)
        buf[self._head] = x
        self._size += 1
        self._state += 1

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._size:
            raise IndexError("pop from an empty deque")
        buf = self._buf
        self._size -= 1
        at = (self._head + self._size) & (len(buf) - 1)
        x = buf[at]
        buf[at] = None
        self._state += 1
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._size:
            raise IndexError("pop from an empty deque")
        buf = self._buf
        at = self._head
        x = buf[at]
        buf[at] = None
        self._head = (at + 1) & (len(buf) - 1)
        self._size -= 1
        self._state += 1
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = self._items()
        if self._maxlen == 0:
            for _ in iterable:
                pass
            return
        append = self.append
        for x in iterable:
            append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = self._items()
        if self._maxlen == 0:
            for _ in iterable:
                pass
            return
        appendleft = self.appendleft
        for x in iterable:
            appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._buf = [None] * _MIN_CAPACITY
        self._head = 0
        self._size = 0
        self._state += 1

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _count_of(n)
        size = self._size
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
        return self._size

    def __getitem__(self, index):
        return self._buf[self._position(index)]

    def __setitem__(self, index, value):
        self._buf[self._position(index)] = value

    def __delitem__(self, index):
        i = _index_of(index)
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError("deque index out of range")
        items = self._items()
        del items[i]
        self._refill(items)

    def __iter__(self):
        state = self._state
        for i in range(self._size):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            buf = self._buf
            yield buf[(self._head + i) & (len(buf) - 1)]
        if self._state != state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        state = self._state
        for i in range(self._size - 1, -1, -1):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            buf = self._buf
            yield buf[(self._head + i) & (len(buf) - 1)]
        if self._state != state:
            raise RuntimeError("deque mutated during iteration")

    def __contains__(self, value):
        state = self._state
        for i in range(self._size):
            buf = self._buf
            item = buf[(self._head + i) & (len(buf) - 1)]
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
        for i in range(self._size):
            buf = self._buf
            item = buf[(self._head + i) & (len(buf) - 1)]
            if item is value or item == value:
                total += 1
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
        return total

    def index(self, value, start=0, stop=None):
        """Return first index of value.

Raises ValueError if the value is not present."""
        size = self._size
        start = _count_of(start)
        if start < 0:
            start = max(start + size, 0)
        stop = size if stop is None else _count_of(stop)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        state = self._state
        for i in range(start, stop):
            buf = self._buf
            item = buf[(self._head + i) & (len(buf) - 1)]
            found = item is value or item == value
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            if found:
                return i
        raise ValueError("%r is not in deque" % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        index = _count_of(index)
        if self._maxlen is not None and self._size >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(index, value)
        self._refill(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        state = self._state
        for i in range(self._size):
            buf = self._buf
            item = buf[(self._head + i) & (len(buf) - 1)]
            found = item is value or item == value
            if self._state != state:
                raise IndexError("deque mutated during remove().")
            if found:
                del self[i]
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._items()
        items.reverse()
        state = self._state
        self._refill(items)
        self._state = state

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
