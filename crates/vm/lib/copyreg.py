"""Registries the pickle and copy modules consult.

``dispatch_table`` maps a class to a reduction function used in place of
the object's own ``__reduce_ex__``; ``pickle()`` fills it.  The extension
registry maps ``(module, name)`` pairs to small integer codes that
pickles of protocol 2 and later store instead of the names.

The helpers ``__newobj__``, ``__newobj_ex__`` and ``_reconstructor`` are
the callables a default reduction names, so a pickle written here names
the same globals as one written by CPython.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register ``pickle_function`` as the reduction for ``ob_type``."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


def _reconstructor(cls, base, state):
    """Rebuild an instance reduced by protocols 0 and 1: a new ``cls``
    made through ``base`` (``object`` or the built-in type it extends)."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9


def _is_builtin_class(cls):
    flags = getattr(cls, "__flags__", None)
    if flags is not None:
        return not flags & _HEAPTYPE
    return cls.__module__ == "builtins"


def _reduce_ex(self, proto):
    """The reduction ``object.__reduce_ex__`` gives for protocols 0 and 1."""
    cls = self.__class__
    base = object
    for klass in cls.__mro__:
        if klass is object or _is_builtin_class(klass):
            base = klass
            break
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    own_getstate = getattr(cls, "__getstate__", None)
    if own_getstate is not None and own_getstate is not object.__getstate__:
        instance_state = self.__getstate__()
    else:
        if getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        try:
            instance_state = self.__dict__
        except AttributeError:
            instance_state = None
    if instance_state:
        return _reconstructor, args, instance_state
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """``cls.__new__(cls, *args, **kwargs)``: what NEWOBJ_EX does."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the slots of ``cls`` and its bases (without
    ``__dict__`` and ``__weakref__``, private names mangled), cached in
    ``cls.__slotnames__``."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            slots = klass.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = klass.__name__.lstrip("_")
                    if stripped:
                        name = f"_{stripped}{name}"
                names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


# Extension codes: (module, name) <-> code, and a cache of loaded objects.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code (for testing only)."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
