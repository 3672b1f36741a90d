"""Typed arrays of numbers (and of characters, typecode 'u').

An `array` keeps its items in a list, each checked and converted for its
typecode when stored: integers against the C type's range, floats rounded
to single precision for 'f'. Bytes conversions go through `struct` in the
machine's native layout, as CPython's arrays do.
"""

import struct as _struct

typecodes = "bBuhHiIlLqQfd"

# typecode: (itemsize, minimum, maximum, message below, message above), the
# messages as CPython's conversions for the C type word them.
_INTEGERS = {
    "b": (1, -(1 << 7), (1 << 7) - 1,
          "signed char is less than minimum", "signed char is greater than maximum"),
    "B": (1, 0, (1 << 8) - 1, "unsigned byte integer is less than minimum",
          "unsigned byte integer is greater than maximum"),
    "h": (2, -(1 << 15), (1 << 15) - 1, "signed short integer is less than minimum",
          "signed short integer is greater than maximum"),
    "H": (2, 0, (1 << 16) - 1, "unsigned short is less than minimum",
          "unsigned short is greater than maximum"),
    "i": (4, -(1 << 31), (1 << 31) - 1, "signed integer is less than minimum",
          "signed integer is greater than maximum"),
    "I": (4, 0, (1 << 32) - 1, "can't convert negative value to unsigned int",
          "unsigned int is greater than maximum"),
    "l": (8, -(1 << 63), (1 << 63) - 1, "Python int too large to convert to C long",
          "Python int too large to convert to C long"),
    "L": (8, 0, (1 << 64) - 1, "can't convert negative value to unsigned int",
          "Python int too large to convert to C unsigned long"),
    "q": (8, -(1 << 63), (1 << 63) - 1, "int too big to convert", "int too big to convert"),
    "Q": (8, 0, (1 << 64) - 1, "can't convert negative int to unsigned",
          "int too big to convert"),
}
_SIZES = {"u": 4, "f": 4, "d": 8}


def _itemsize(typecode):
    if typecode in _INTEGERS:
        return _INTEGERS[typecode][0]
    return _SIZES[typecode]


def _convert(typecode, value):
    """`value` as an item of an array of `typecode`, or the error CPython
    raises for it."""
    if typecode in _INTEGERS:
        if isinstance(value, float) or not hasattr(type(value), "__index__"):
            raise TypeError(
                f"'{type(value).__name__}' object cannot be interpreted as an integer")
        value = value.__index__()
        _, low, high, below, above = _INTEGERS[typecode]
        if value < low:
            raise OverflowError(below)
        if value > high:
            raise OverflowError(above)
        return value
    if typecode == "u":
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError("array item must be unicode character")
        return value
    if not isinstance(value, (int, float)) and not hasattr(type(value), "__float__"):
        raise TypeError(f"must be real number, not {type(value).__name__}")
    value = float(value)
    if typecode == "f":
        value = _struct.unpack("f", _struct.pack("f", value))[0]
    return value


class array:
    """array(typecode[, initializer]) -> array"""

    __slots__ = ("_typecode", "_items")

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(
                "array() argument 1 must be a unicode character, not "
                f"{type(typecode).__name__}")
        if typecode not in typecodes:
            raise ValueError(
                "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != "u":
                raise TypeError(
                    "cannot use a str to initialize an array with typecode "
                    f"'{typecode}'")
            self._items = list(initializer)
        elif isinstance(initializer, array):
            if initializer._typecode == "u" and typecode != "u":
                raise TypeError(
                    "cannot use a unicode array to initialize an array with "
                    f"typecode '{typecode}'")
            self.extend(initializer._items)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _itemsize(self._typecode)

    def _same_kind(self, other):
        if not isinstance(other, array):
            return False
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return True

    # -- sequence protocol
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            result = array(self._typecode)
            result._items = self._items[index]
            return result
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(
                    "can only assign array (not "
                    f'"{type(value).__name__}") to array slice')
            self._same_kind(value)
            self._items[index] = list(value._items)
            return
        value = _convert(self._typecode, value)
        try:
            self._items[index] = value
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    # -- operators
    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self._same_kind(other)
        result = array(self._typecode)
        result._items = self._items + other._items
        return result

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self._same_kind(other)
        self._items.extend(other._items)
        return self

    def __mul__(self, count):
        result = array(self._typecode)
        result._items = self._items * count
        return result

    __rmul__ = __mul__

    def __imul__(self, count):
        self._items *= count
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return f"array('{self._typecode}')"
        if self._typecode == "u":
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._typecode}', {self._items!r})"

    def __copy__(self):
        return self[:]

    def __deepcopy__(self, memo):
        return self[:]

    def __reduce_ex__(self, protocol):
        return (type(self), (self._typecode, self._items))

    # -- methods
    def append(self, value):
        self._items.append(_convert(self._typecode, value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            self._same_kind(iterable)
            self._items.extend(iterable._items)
            return
        converted = [_convert(self._typecode, v) for v in iterable]
        self._items.extend(converted)

    def insert(self, index, value):
        self._items.insert(index, _convert(self._typecode, value))

    def pop(self, index=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(index)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, value, start=0, stop=None):
        items = self._items if stop is None else self._items[:stop]
        try:
            return items.index(value, start)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        self.extend(items)

    def tounicode(self):
        if self._typecode != "u":
            raise ValueError(
                "tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, text):
        if self._typecode != "u":
            raise ValueError(
                "fromunicode() may only be called on unicode type arrays")
        self._items.extend(text)

    def _format(self):
        return "I" if self._typecode == "u" else self._typecode

    def tobytes(self):
        items = self._items
        if self._typecode == "u":
            items = [ord(c) for c in items]
        return _struct.pack(f"{len(items)}{self._format()}", *items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        items = _struct.unpack(f"{len(data) // size}{self._format()}", data)
        if self._typecode == "u":
            items = [chr(i) for i in items]
        self._items.extend(items)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b"".join(
            data[i:i + size][::-1] for i in range(0, len(data), size))
        del self._items[:]
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self._items), len(self._items))


ArrayType = array
