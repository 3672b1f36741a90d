"""Container datatypes: deque, defaultdict, OrderedDict, Counter,
namedtuple, ChainMap, and the UserDict/UserList/UserString wrappers.

defaultdict, OrderedDict and Counter are dict subclasses and namedtuple
classes are tuple subclasses, so they are accepted wherever a dict or a
tuple is. OrderedDict keeps its order in the dict itself (dicts preserve
insertion order) and reorders by re-inserting.
"""

import sys as _sys
from keyword import iskeyword as _iskeyword

from collections._deque import deque
from collections._user import UserDict, UserList, UserString
from collections.abc import ItemsView as _ItemsView
from collections.abc import KeysView as _KeysView
from collections.abc import Mapping as _Mapping
from collections.abc import MutableMapping as _MutableMapping
from collections.abc import MutableSequence as _MutableSequence
from collections.abc import ValuesView as _ValuesView

__all__ = [
    "ChainMap", "Counter", "OrderedDict", "UserDict", "UserList",
    "UserString", "defaultdict", "deque", "namedtuple",
]

from types import GenericAlias as _GenericAlias

deque.__module__ = UserDict.__module__ = UserList.__module__ = UserString.__module__ = "collections"
_MutableSequence.register(deque)

_repr_running = set()


def _guarded_repr(method):
    """Wrap a __repr__ so that an object met again inside its own repr
    shows as '...'."""

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return method(self)
        finally:
            _repr_running.discard(key)

    __repr__.__doc__ = method.__doc__
    return __repr__


def _is_mapping(obj):
    return isinstance(obj, dict) or isinstance(obj, _Mapping)


def _update_mapping(target, other, kwds):
    if _is_mapping(other):
        for key in other:
            target[key] = other[key]
    elif hasattr(other, "keys"):
        for key in other.keys():
            target[key] = other[key]
    else:
        for key, value in other:
            target[key] = value
    for key, value in kwds.items():
        target[key] = value


# -------------------------------------------------------------- defaultdict

class defaultdict(dict):
    """A dict that makes a missing key's value by calling default_factory
    (with no arguments) and storing the result."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        key = id(factory)
        if key in _repr_running:
            factory_repr = "..."
        else:
            _repr_running.add(key)
            try:
                factory_repr = repr(factory)
            finally:
                _repr_running.discard(key)
        return "%s(%s, %s)" % (type(self).__name__, factory_repr, dict.__repr__(self))

    def copy(self):
        """A shallow copy with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        dict.update(self, other)
        return self


# -------------------------------------------------------------- OrderedDict

def _ordered_view(name, base, item):
    """An OrderedDict view class: `base`'s behaviour plus reversed() and
    CPython's repr, with CPython's name for it."""

    def __reversed__(self):
        mapping = self._mapping
        for key in reversed(mapping):
            yield item(mapping, key)

    def __repr__(self):
        return "%s(%r)" % (name, list(self))

    namespace = {"__slots__": (), "__module__": "builtins", "__qualname__": name,
                 "__reversed__": __reversed__, "__repr__": __repr__}
    return type(name, (base,), namespace)


_OrderedKeysView = _ordered_view("odict_keys", _KeysView, lambda m, k: k)
_OrderedItemsView = _ordered_view("odict_items", _ItemsView, lambda m, k: (k, m[k]))
_OrderedValuesView = _ordered_view("odict_values", _ValuesView, lambda m, k: m[k])


class OrderedDict(dict):
    """A dict whose order can be changed (move_to_end, popitem(last=False))
    and matters when comparing it with another OrderedDict."""

    def __init__(self, other=(), /, **kwds):
        _update_mapping(self, other, kwds)

    def popitem(self, last=True):
        """Remove and return the last (key, value) pair, or the first when
        last is false."""
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing key to the end, or to the start when last is
        false; KeyError if it is absent."""
        if key not in self:
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def update(self, other=(), /, **kwds):
        """Add items from a mapping or an iterable of pairs, then kwds."""
        _update_mapping(self, other, kwds)

    def keys(self):
        """An ordered, set-like view of the keys."""
        return _OrderedKeysView(self)

    def items(self):
        """An ordered, set-like view of the (key, value) pairs."""
        return _OrderedItemsView(self)

    def values(self):
        """An ordered view of the values."""
        return _OrderedValuesView(self)

    def setdefault(self, key, default=None):
        """self[key], first setting it to default if absent."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new OrderedDict with the given keys, all mapped to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    @_guarded_repr
    def __repr__(self):
        if not self:
            return "%s()" % (type(self).__name__,)
        return "%s(%r)" % (type(self).__name__, list(self.items()))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(self, other):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, "__dict__", None) or None
        return type(self), (), state, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ------------------------------------------------------------------ Counter

def _count_elements(mapping, iterable):
    """Add one to mapping[element] for each element of iterable (a missing
    element counts from 0); Counter.update counts an iterable with it."""
    get = mapping.get
    for element in iterable:
        mapping[element] = get(element, 0) + 1


class Counter(dict):
    """A dict that counts hashable things: missing keys count 0, and
    counters add, subtract, and take unions and intersections."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common (element, count) pairs, most common first;
        elements with equal counts keep the order they were first met."""
        ordered = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return ordered
        return ordered[:max(n, 0)]

    def elements(self):
        """An iterator over the elements, each repeated as often as its
        count says (counts below one give nothing)."""
        for element, count in self.items():
            for _ in range(count):
                yield element

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."
        )

    def update(self, iterable=None, /, **kwds):
        """Add counts: from a mapping of counts, or one per element of an
        iterable, then from kwds."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    get = self.get
                    for element, count in iterable.items():
                        self[element] = count + get(element, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (which may go to zero or below)."""
        if iterable is not None:
            get = self.get
            if _is_mapping(iterable):
                for element, count in iterable.items():
                    self[element] = get(element, 0) - count
            else:
                for element in iterable:
                    self[element] = get(element, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, element):
        if element in self:
            dict.__delitem__(self, element)

    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return "%s(%r)" % (type(self).__name__, shown)

    # Comparisons treat missing elements as zero counts.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Binary operators keep only positive counts.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            total = count + other[element]
            if total > 0:
                result[element] = total
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            left = count - other[element]
            if left > 0:
                result[element] = left
        for element, count in other.items():
            if element not in self and count < 0:
                result[element] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            larger = other_count if count < other_count else count
            if larger > 0:
                result[element] = larger
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            smaller = count if count < other_count else other_count
            if smaller > 0:
                result[element] = smaller
        return result

    def __pos__(self):
        result = Counter()
        for element, count in self.items():
            if count > 0:
                result[element] = count
        return result

    def __neg__(self):
        result = Counter()
        for element, count in self.items():
            if count < 0:
                result[element] = 0 - count
        return result

    def _keep_positive(self):
        for element in [e for e, count in self.items() if not count > 0]:
            del self[element]
        return self

    def __iadd__(self, other):
        for element, count in other.items():
            self[element] += count
        return self._keep_positive()

    def __isub__(self, other):
        for element, count in other.items():
            self[element] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for element, other_count in other.items():
            if other_count > self[element]:
                self[element] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for element, count in list(self.items()):
            other_count = other[element]
            if other_count < count:
                self[element] = other_count
        return self._keep_positive()


def _second(pair):
    return pair[1]


# --------------------------------------------------------------- namedtuple

# The descriptor that reads one field of a namedtuple (its __doc__ is
# per instance, so the class has no docstring of its own).
class _tuplegetter:
    __slots__ = ("_index", "__doc__")

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return "_tuplegetter(%d, %r)" % (self._index, self.__doc__)


_tuplegetter.__module__ = "collections"


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass whose fields can also be read by name.

    field_names is a sequence of names or one string of names separated by
    spaces or commas. With rename=True, invalid or duplicate names become
    positional names (_0, _1, ...). defaults apply to the rightmost fields.
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith("_") or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % (name,))
        if _iskeyword(name):
            raise ValueError("Type names and field names cannot be a keyword: %r" % (name,))

    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % (name,))
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        for name, value in zip(field_names[len(field_names) - len(defaults):], defaults):
            field_defaults[name] = value

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ", ".join(field_names)
    if num_fields == 1:
        arg_list += ","
    repr_fmt = "(" + ", ".join("%s=%%r" % name for name in field_names) + ")"
    tuple_new = tuple.__new__

    # __new__ is compiled so that its signature names the fields: argument
    # errors then read as for any function.
    namespace = {"_tuple_new": tuple_new, "__builtins__": {}, "__name__": "namedtuple_" + typename}
    source = "lambda _cls, %s: _tuple_new(_cls, (%s))" % (arg_list, arg_list)
    __new__ = eval(source, namespace)
    __new__.__name__ = "__new__"
    __new__.__doc__ = "Create new instance of %s(%s)" % (typename, arg_list)
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError("Expected %d arguments, got %d" % (num_fields, len(result)))
        return result

    _make.__func__.__doc__ = "Make a new %s object from a sequence or iterable" % typename

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError("Got unexpected field names: %r" % (list(kwds),))
        return result

    _replace.__doc__ = "Return a new %s object replacing specified fields with new values" % typename

    def __repr__(self):
        "Return a nicely formatted representation string"
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        "Return a new dict which maps field names to their values."
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        "Return self as a plain tuple.  Used by copy and pickle."
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = "%s.%s" % (typename, method.__name__)

    class_namespace = {
        "__doc__": "%s(%s)" % (typename, arg_list),
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    for index, name in enumerate(field_names):
        doc = _sys.intern("Alias for field number %d" % index)
        class_namespace[name] = _tuplegetter(index, doc)

    result = type(typename, (tuple,), class_namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module
    return result


if not hasattr(dict, "__class_getitem__"):
    # dict itself cannot be parameterized here; its subclasses still can.
    for _cls in (defaultdict, OrderedDict, Counter):
        _cls.__class_getitem__ = classmethod(_GenericAlias)
    del _cls


# ----------------------------------------------------------------- ChainMap

class ChainMap(_MutableMapping):
    """Several mappings seen as one: lookups search them in order; writes
    and deletions go to the first (self.maps[0])."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        keys = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                keys[key] = None
        return iter(keys)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_guarded_repr
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap over one new dict with the given keys."""
        value = args[0] if args else None
        return cls({key: value for key in iterable})

    def copy(self):
        """A new ChainMap with a copy of maps[0] and the same other maps."""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new ChainMap with m (default a new dict) in front of these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """A new ChainMap of every map but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def popitem(self):
        """Remove and return a pair from maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def clear(self):
        """Empty maps[0]."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        new = self.copy()
        new.maps[0].update(other)
        return new

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = dict(other)
        for child in reversed(self.maps):
            merged.update(child)
        return type(self)(merged)
