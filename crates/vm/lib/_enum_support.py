"""The parts of enum that an enumeration's class body meets: the name
rules that decide what becomes a member, auto/member/nonmember, the
namespace that gives auto() its values, enum.property and bin().

Kept apart from enum itself, which exports all of these under its name.
"""

from types import DynamicClassAttribute as _DynamicClassAttribute

_builtin_bin = bin


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(class_name, name):
    prefix = "_%s__" % class_name.lstrip("_")
    return name.startswith(prefix) and not name.endswith("__")


def _function():
    pass


# Every one of these has __get__; they are named as well so that the test
# does not depend on how the interpreter exposes that slot. (`property` is
# still the built-in one here.)
_DESCRIPTOR_TYPES = (type(_function), classmethod, staticmethod, property)


def _is_descriptor(obj):
    return (isinstance(obj, _DESCRIPTOR_TYPES) or hasattr(obj, "__get__")
            or hasattr(obj, "__set__") or hasattr(obj, "__delete__"))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _iter_bits_lsb(num):
    while num:
        bit = num & (~num + 1)
        yield bit
        num ^= bit


def _high_bit(value):
    return value.bit_length() - 1


def bin(num, max_bits=None):
    """Like the built-in bin(), but with the sign bit shown apart
    ('0b0 1010' / '0b1 0110') and padded to max_bits."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = _builtin_bin(num + ceiling).replace("1", "0", 1)
    else:
        text = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign = text[:3]
    digits = text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class _AutoNull:
    # What auto() holds until its value is chosen.
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """Stands for a member's value, to be chosen by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces a value to become a member (even a function)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value from becoming a member."""

    def __init__(self, value):
        self.value = value


class property(_DynamicClassAttribute):
    """An attribute of the members (as name and value); read on the class,
    it finds the member of that name if there is one."""

    def __set_name__(self, ownerclass, name):
        self.name = name

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError(
                    "%r has no attribute %r" % (ownerclass, self.name)
                ) from None
        if self.fget is None:
            raise AttributeError("<enum %r> member has no attribute %r" % (type(instance).__name__, self.name))
        return self.fget(instance)


def _generate_next_value_(name, start, count, last_values):
    """The default value for auto(): one more than the last value (start
    for the first member)."""
    if not last_values:
        return start
    last = last_values[-1]
    try:
        ordered = sorted(last_values)
        if last == ordered[-1]:
            return last + 1
    except TypeError:
        pass
    for value in reversed(last_values):
        try:
            return value + 1
        except TypeError:
            pass
    return start


class _EnumDict(dict):
    # The class body's namespace: it gives auto() members their values as
    # they are assigned, so that later lines of the body can use them.

    def __init__(self):
        super().__init__()
        self._cls_name = None
        self._generate = None
        self._member_names = []
        self._last_values = []
        self._ignore = []

    def __setitem__(self, key, value):
        if key == "_ignore_":
            self._ignore = value.replace(",", " ").split() if isinstance(value, str) else list(value)
        elif not (key in self._ignore or _is_dunder(key) or _is_sunder(key)
                  or _is_private(self._cls_name or "", key) or _is_descriptor(value)
                  or isinstance(value, nonmember)):
            if key in self._member_names:
                raise TypeError("Attempted to reuse key: %r" % (key,))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    generate = self.get("_generate_next_value_", self._generate)
                    generate = getattr(generate, "__func__", generate)
                    value.value = generate(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


for _obj in (bin, auto, member, nonmember, property, _EnumDict):
    _obj.__module__ = "enum"
del _obj
