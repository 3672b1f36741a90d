"""Weak references: `ref`, and the containers built on it.

`ref(obj, callback)` refers to `obj` without keeping it alive; calling the
ref gives the object, or None once it has died, when the callback (if any)
is called with the dead ref. `WeakValueDictionary` and `WeakKeyDictionary`
drop an entry when its value or key dies, `WeakSet` drops dead members,
and `finalize` calls a function when an object dies.
"""

from _weakref import ReferenceType, getweakrefcount, ref

__all__ = [
    "ref",
    "ReferenceType",
    "getweakrefcount",
    "WeakValueDictionary",
    "WeakKeyDictionary",
    "WeakSet",
    "WeakMethod",
    "finalize",
]


class WeakMethod:
    """A weak reference to a bound method: it lives as long as both the
    instance and the function do. Calling it rebuilds the bound method."""

    def __init__(self, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        if callback is None:
            self._self_ref = ref(obj)
            self._func_ref = ref(func)
        else:
            this = self

            def forward(_dead):
                callback(this)

            self._self_ref = ref(obj, forward)
            self._func_ref = ref(func, forward)
        self._meth_type = type(meth)

    def __call__(self):
        obj, func = self._self_ref(), self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self._self_ref == other._self_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __hash__(self):
        return hash((self._self_ref, self._func_ref))


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes away when its
    value dies."""

    def __init__(self, other=(), /, **kwargs):
        self.data = {}
        self.update(other, **kwargs)

    def _ref_for(self, key, value):
        data = self.data

        def remove(dead, key=key):
            if data.get(key) is dead:
                del data[key]

        return ref(value, remove)

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = self._ref_for(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        entry = self.data.get(key)
        return entry is not None and entry() is not None

    def __len__(self):
        return sum(1 for entry in list(self.data.values()) if entry() is not None)

    def __iter__(self):
        for key, entry in list(self.data.items()):
            if entry() is not None:
                yield key

    def __repr__(self):
        return f"<WeakValueDictionary at {id(self):#x}>"

    def get(self, key, default=None):
        entry = self.data.get(key)
        value = None if entry is None else entry()
        return default if value is None else value

    def items(self):
        for key, entry in list(self.data.items()):
            value = entry()
            if value is not None:
                yield key, value

    def keys(self):
        return iter(self)

    def values(self):
        for _, value in self.items():
            yield value

    def pop(self, key, *default):
        entry = self.data.pop(key, None)
        value = None if entry is None else entry()
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is None:
            self[key] = default
            return default
        return value

    def update(self, other=(), /, **kwargs):
        if hasattr(other, "keys"):
            other = [(key, other[key]) for key in other.keys()]
        for key, value in other:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        return WeakValueDictionary(self.items())

    def clear(self):
        self.data.clear()


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes away when its
    key dies. Keys are told apart by identity (as objects without their own
    `__eq__` are), so a dead key never needs hashing."""

    def __init__(self, other=None):
        self.data = {}
        if other is not None:
            self.update(other)

    def __getitem__(self, key):
        return self.data[id(key)][1]

    def __setitem__(self, key, value):
        data = self.data
        ident = id(key)

        def remove(_dead):
            data.pop(ident, None)

        data[ident] = (ref(key, remove), value)

    def __delitem__(self, key):
        del self.data[id(key)]

    def __contains__(self, key):
        entry = self.data.get(id(key))
        return entry is not None and entry[0]() is key

    def __len__(self):
        return sum(1 for entry, _ in list(self.data.values()) if entry() is not None)

    def __iter__(self):
        for entry, _ in list(self.data.values()):
            key = entry()
            if key is not None:
                yield key

    def __repr__(self):
        return f"<WeakKeyDictionary at {id(self):#x}>"

    def get(self, key, default=None):
        entry = self.data.get(id(key))
        return default if entry is None else entry[1]

    def items(self):
        for entry, value in list(self.data.values()):
            key = entry()
            if key is not None:
                yield key, value

    def keys(self):
        return iter(self)

    def values(self):
        for _, value in self.items():
            yield value

    def pop(self, key, *default):
        entry = self.data.pop(id(key), None)
        if entry is None:
            if default:
                return default[0]
            raise KeyError(key)
        return entry[1]

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
            return default
        return self[key]

    def update(self, other=(), /, **kwargs):
        if hasattr(other, "keys"):
            other = [(key, other[key]) for key in other.keys()]
        for key, value in other:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    def clear(self):
        self.data.clear()


class WeakSet:
    """A set whose members are held weakly: a member goes away when it
    dies. Members are told apart by identity."""

    def __init__(self, data=None):
        self.data = {}
        if data is not None:
            self.update(data)

    def add(self, item):
        data = self.data
        ident = id(item)
        if ident in data:
            return

        def remove(_dead):
            data.pop(ident, None)

        data[ident] = ref(item, remove)

    def discard(self, item):
        self.data.pop(id(item), None)

    def remove(self, item):
        if self.data.pop(id(item), None) is None:
            raise KeyError(item)

    def update(self, items):
        for item in items:
            self.add(item)

    def clear(self):
        self.data.clear()

    def __contains__(self, item):
        entry = self.data.get(id(item))
        return entry is not None and entry() is item

    def __iter__(self):
        for entry in list(self.data.values()):
            item = entry()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for entry in list(self.data.values()) if entry() is not None)

    def __repr__(self):
        return f"{type(self).__name__}({list(self)!r})"

    def copy(self):
        return WeakSet(self)


class finalize:
    """`finalize(obj, func, *args, **kwargs)`: call `func(*args, **kwargs)`
    once, when `obj` dies or when the finalizer is called, whichever comes
    first."""

    def __init__(self, obj, func, /, *args, **kwargs):
        self._call = (func, args, kwargs)
        self._ref = ref(obj, self._died)
        _live_finalizers.add(self)

    def _died(self, _dead):
        self()

    def __call__(self, _=None):
        call, self._call = self._call, None
        _live_finalizers.discard(self)
        if call is not None:
            func, args, kwargs = call
            return func(*args, **kwargs)
        return None

    def detach(self):
        call, self._call = self._call, None
        _live_finalizers.discard(self)
        obj = self._ref()
        if call is None or obj is None:
            return None
        func, args, kwargs = call
        return obj, func, args, kwargs

    def peek(self):
        obj = self._ref()
        if self._call is None or obj is None:
            return None
        func, args, kwargs = self._call
        return obj, func, args, kwargs

    @property
    def alive(self):
        return self._call is not None


# Finalizers stay alive until they run, as in CPython.
_live_finalizers = set()
