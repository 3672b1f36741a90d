"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique,
with Python 3.11's reprs, lookups and errors.

An enumeration's members are the names its class body binds to plain
values (not descriptors, not `_sunder_`/`__dunder__` names). Each member
is an instance of the class made once, when the class is created; a
second name for an existing value becomes an alias of the first member.
Calling the class looks a member up by value (`Color(1)`), indexing it
looks one up by name (`Color['RED']`).

Flag members combine with `|`, `&`, `^` and `~`; a combination that is not
a member itself is made on first use (a pseudo-member, named by its
members joined with '|') and kept in `_value2member_map_`.
"""

import sys as _sys
from types import DynamicClassAttribute as _DynamicClassAttribute

from types import MappingProxyType as _MappingProxyType

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
    "ReprEnum", "auto", "unique", "property", "member", "nonmember",
    "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP",
    "global_flag_repr", "global_enum_repr", "global_str", "global_enum",
]

# The classes below are created by EnumType itself; until each exists, the
# metaclass treats the classes being made as the bootstrap ones.
Enum = Flag = EJECT = KEEP = STRICT = ReprEnum = None


from _enum_support import (  # noqa: E402
    _auto_null, _EnumDict, _generate_next_value_, _high_bit, _is_descriptor,
    _is_dunder, _is_private, _is_single_bit, _is_sunder, _iter_bits_lsb, _builtin_bin,
    auto, bin, member, nonmember, property,
)


_DATA_TYPES = (int, float, complex, str, bytes, tuple, list, dict, set, frozenset)


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        namespace = _EnumDict()
        namespace._cls_name = cls
        if bases and isinstance(bases[-1], EnumType):
            namespace._generate = getattr(bases[-1], "_generate_next_value_", None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if Enum is None:
            # Enum itself: no members, no lookup machinery yet.
            enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
            _init_bookkeeping(enum_class, object, object.__new__, False, None)
            return enum_class

        member_type, first_enum = _mixins(cls, bases)
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        namespace = {}
        member_names = []
        for key, value in classdict.items():
            if key in ignore or key == "_ignore_":
                continue
            if isinstance(value, nonmember):
                namespace[key] = value.value
            elif isinstance(value, member):
                namespace[key] = value.value
                member_names.append(key)
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value)):
                namespace[key] = value
            else:
                namespace[key] = value
                member_names.append(key)

        generate = namespace.get("_generate_next_value_")
        if generate is None:
            generate = getattr(first_enum, "_generate_next_value_")
        generate = getattr(generate, "__func__", generate)
        last_values = []
        members = []
        for name in member_names:
            value = namespace.pop(name)
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(name, 1, len(members), last_values[:])
                value = value.value
            members.append((name, value))
            last_values.append(value)

        new_method, save_new, use_args = _find_new(namespace, member_type, first_enum)
        if save_new:
            namespace["__new_member__"] = new_method
        namespace.pop("__new__", None) if save_new else None

        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError(
                    "ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)"
                )
            if "__format__" not in namespace:
                namespace["__format__"] = _data_format
            if "__str__" not in namespace:
                namespace["__str__"] = _data_str

        if boundary is None:
            boundary = getattr(first_enum, "_boundary_", None)
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        _init_bookkeeping(enum_class, member_type, new_method, use_args, boundary)

        for name, value in members:
            _add_member(enum_class, name, value)

        # A mixed-in data type must not supply the repr and str of members.
        for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
            if name in namespace:
                continue
            provider = _provider(enum_class, name)
            if provider is not None and not isinstance(provider, EnumType):
                _set_attribute(enum_class, name, getattr(first_enum, name))

        if Flag is not None and issubclass(enum_class, Flag):
            for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
                if name not in namespace:
                    _set_attribute(enum_class, name, Flag.__dict__[name])
            values = [enum_class._member_map_[n]._value_ for n in enum_class._member_names_]
            if values != sorted(values):
                _set_attribute(enum_class, "_iter_member_", Flag.__dict__["_iter_member_by_def_"])
        _set_attribute(enum_class, "__new__", Enum.__dict__["__new__"])
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(
            value, names, module=module, qualname=qualname, type=type,
            start=start, boundary=boundary,
        )

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(value).__qualname__, cls.__class__.__qualname__)
            )
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getattr__(cls, name):
        # A member whose name is also an attribute of the members (name,
        # value, ...) is found here; anything else is simply missing.
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __dir__(cls):
        names = {"__class__", "__contains__", "__doc__", "__getitem__", "__iter__", "__len__",
                 "__members__", "__module__", "__name__", "__qualname__"}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add("__new__")
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add("__init_subclass__")
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_DynamicClassAttribute
    def __members__(cls):
        """A read-only mapping of every member name, aliases included."""
        return _MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = _mixins(class_name, bases)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            generate = getattr(first_enum, "_generate_next_value_")
            generate = getattr(generate, "__func__", generate)
            for count, name in enumerate(original):
                value = generate(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)


EnumMeta = EnumType


def _mixins(class_name, bases):
    """The data type members are made of (object if none) and the last
    enumeration among the bases."""
    if not bases:
        return object, Enum
    first_enum = bases[-1]
    if not isinstance(first_enum, EnumType):
        raise TypeError(
            "new enumerations should be created as "
            "`EnumName([mixin_type, ...] [data_type,] enum_type)`"
        )
    for base in bases:
        if isinstance(base, EnumType) and base._member_names_:
            raise TypeError("<enum %r> cannot extend %r" % (class_name, base))
    data_types = []
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    data_types.append(base._member_type_)
                    break
                continue
            if base in _DATA_TYPES or "__new__" in base.__dict__:
                data_types.append(candidate or base)
                break
            candidate = candidate or base
    unique_types = []
    for kind in data_types:
        if kind not in unique_types:
            unique_types.append(kind)
    if len(unique_types) > 1:
        raise TypeError("too many data types for %r: %r" % (class_name, unique_types))
    member_type = unique_types[0] if unique_types else object
    return member_type, first_enum


def _find_new(namespace, member_type, first_enum):
    """The function that makes members, whether the class body defined it,
    and whether it takes the member's value as arguments."""
    new_method = namespace.get("__new__")
    if new_method is not None:
        return getattr(new_method, "__func__", new_method), True, True
    skip = [None, object.__new__]
    if Enum is not None:
        skip.append(getattr(Enum, "__new__"))
    for name in ("__new_member__", "__new__"):
        for possible in (member_type, first_enum):
            target = getattr(possible, name, None)
            if all(target is not s for s in skip):
                return target, False, True
    return object.__new__, False, False


def _init_bookkeeping(enum_class, member_type, new_method, use_args, boundary):
    setattr_ = _set_attribute
    setattr_(enum_class, "_member_names_", [])
    setattr_(enum_class, "_member_map_", {})
    setattr_(enum_class, "_value2member_map_", {})
    setattr_(enum_class, "_unhashable_values_", [])
    setattr_(enum_class, "_member_type_", member_type)
    setattr_(enum_class, "_new_member_", new_method)
    setattr_(enum_class, "_use_args_", use_args)
    setattr_(enum_class, "_value_repr_", None if member_type is object else repr)
    if Flag is not None and issubclass(enum_class, Flag) or enum_class.__name__ == "Flag" and Flag is None and Enum is not None:
        setattr_(enum_class, "_boundary_", boundary)
        setattr_(enum_class, "_flag_mask_", 0)
        setattr_(enum_class, "_singles_mask_", 0)
        setattr_(enum_class, "_all_bits_", 0)
        setattr_(enum_class, "_inverted_", None)


def _set_attribute(cls, name, value):
    # Only ever called for names that are not (yet) members, so the guard in
    # EnumType.__setattr__ lets the assignment through.
    setattr(cls, name, value)


def _provider(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
    return None


def _add_member(enum_class, name, value):
    args = value if isinstance(value, tuple) else (value,)
    if enum_class._member_type_ is tuple:
        args = (args,)
    if enum_class._use_args_:
        new_member = enum_class._new_member_(enum_class, *args)
    else:
        new_member = enum_class._new_member_(enum_class)
    if not hasattr(new_member, "_value_"):
        if enum_class._member_type_ is object:
            new_member._value_ = value
        else:
            try:
                new_member._value_ = enum_class._member_type_(*args)
            except Exception as exc:
                problem = TypeError("_value_ not set in __new__, unable to create it")
                problem.__cause__ = exc
                raise problem
    value = new_member._value_
    new_member._name_ = name
    new_member.__objclass__ = enum_class
    new_member.__init__(*args)
    new_member._sort_order_ = len(enum_class._member_names_)

    is_flag = Flag is not None and issubclass(enum_class, Flag)
    setattr_ = _set_attribute
    if is_flag:
        setattr_(enum_class, "_flag_mask_", enum_class._flag_mask_ | value)
        if _is_single_bit(value):
            setattr_(enum_class, "_singles_mask_", enum_class._singles_mask_ | value)
        setattr_(enum_class, "_all_bits_", 2 ** enum_class._flag_mask_.bit_length() - 1)

    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        for existing in enum_class._member_map_.values():
            if existing._value_ == value:
                canonical = existing
                break
    if canonical is not None:
        new_member = canonical
    elif not is_flag or _is_single_bit(value):
        enum_class._member_names_.append(name)

    provider = _provider(enum_class, name)
    if provider is None or not _is_descriptor(provider.__dict__[name]):
        setattr_(enum_class, name, new_member)
    enum_class._member_map_[name] = new_member
    try:
        enum_class._value2member_map_.setdefault(value, new_member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _data_str(self):
    return str(self._value_)


def _data_format(self, format_spec):
    return format(self._value_, format_spec)


class Enum(metaclass=EnumType):
    """The base class of enumerations: subclass it and bind names to values
    in the class body."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        failure = None
        try:
            result = cls._missing_(value)
        except Exception as exc:
            failure = exc
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        invalid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and failure is None:
            raise invalid
        if failure is None:
            failure = TypeError(
                "error in %s._missing_: returned %r instead of None or a valid member"
                % (cls.__name__, result)
            )
        if not isinstance(failure, ValueError):
            failure.__context__ = invalid
        raise failure

    def __init__(self, *args, **kwds):
        pass

    _generate_next_value_ = staticmethod(_generate_next_value_)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = type(self)._value_repr_ or repr
        return "<%s.%s: %s>" % (type(self).__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        members = self._member_map_
        names = set()
        if self._member_type_ is not object:
            names.update(object.__dir__(self))
        for name in getattr(self, "__dict__", ()):
            if name[0] != "_" and name not in members:
                names.add(name)
        for klass in type(self).__mro__:
            for name, obj in klass.__dict__.items():
                if name[0] == "_":
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in members:
                        names.add(name)
                    else:
                        names.discard(name)
                elif name not in members:
                    names.add(name)
        names.update(("__class__", "__doc__", "__eq__", "__hash__", "__module__"))
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2],))
        value = str(*values)
        new = str.__new__(cls, value)
        new._value_ = value
        return new

    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the member's name in lower case."""
        return name.lower()


def unique(enumeration):
    """Class decorator: ValueError if any value has more than one name."""
    duplicates = []
    for name, found in enumeration.__members__.items():
        if name != found.name:
            duplicates.append((name, found.name))
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration


class FlagBoundary(StrEnum):
    """What a Flag does with values that have bits no member has:
    STRICT raises, CONFORM drops the bits, EJECT returns a plain int, KEEP
    keeps them."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Enum whose members combine with the bitwise operators."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the next power of two above the largest value."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError("invalid flag value %r" % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(
                    "%r invalid value %r\n    given %s\n  allowed %s"
                    % (cls, value, bin(value, max_bits), bin(flag_mask, max_bits))
                )
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError("%r unknown flag boundary %r" % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError(
                "%s(%r) -->  unknown values %r [%s]"
                % (cls.__name__, value, unknown, _builtin_bin(unknown))
            )
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, "_value_"):
            pseudo._value_ = value
        if member_value or aliases:
            members = []
            combined = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined |= m._value_
            if aliases:
                value = member_value | aliases
                for candidate in cls._member_map_.values():
                    v = candidate._value_
                    if candidate not in members and v and v & value == v:
                        members.append(candidate)
                        combined |= v
            unknown = value ^ combined
            pseudo._name_ = "|".join(m._name_ for m in members)
            if not combined:
                pseudo._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError("%r: no members with value %r" % (cls, unknown))
            elif unknown:
                pseudo._name_ += "|%s" % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__)
            )
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        name = type(self).__name__
        value_repr = type(self)._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (name, value_repr(self._value_))
        return "<%s.%s: %s>" % (name, self._name_, value_repr(self._value_))

    def __str__(self):
        name = type(self).__name__
        if self._name_ is None:
            return "%s(%r)" % (name, self._value_)
        return "%s.%s" % (name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also (and must be) ints."""


# ------------------------------------------------------- module-level enums

def global_enum_repr(self):
    """repr() as 'module.NAME', for members that live in their module."""
    module = type(self).__module__.split(".")[-1]
    return "%s.%s" % (module, self._name_)


def global_flag_repr(self):
    """repr() of a module-level flag: 'module.A|module.B'."""
    module = type(self).__module__.split(".")[-1]
    if self._name_ is None:
        return "%s.%s(%r)" % (module, type(self).__name__, self._value_)
    if _is_single_bit(self._value_):
        return "%s.%s" % (module, self._name_)
    parts = []
    for name in self._name_.split("|"):
        if self._boundary_ is KEEP and name[0].isdigit():
            parts.append(name)
        else:
            parts.append("%s.%s" % (module, name))
    return "|".join(parts)


def global_str(self):
    """str() as the bare member name."""
    if self._name_ is None:
        return "%s(%r)" % (type(self).__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: put the members in their module's namespace and
    give them module-style reprs (re.IGNORECASE rather than
    <RegexFlag.IGNORECASE: 2>)."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    _sys.modules[cls.__module__].__dict__.update(cls._member_map_)
    return cls
