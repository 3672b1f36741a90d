"""Abstract base classes: the ABCMeta metaclass, ABC, and abstractmethod.

An ABC's `__abstractmethods__` is the frozenset of names still abstract in
it: those marked in its own namespace plus the inherited ones it does not
override with something concrete. Instantiating a class whose set is not
empty raises TypeError in `object.__new__`, as in CPython.

`isinstance`/`issubclass` against an ABC go through ABCMeta's
`__instancecheck__`/`__subclasscheck__`: the answer comes from the class's
`__subclasshook__`, its real bases, classes registered with `register()`,
and, recursively, its subclasses. Answers are cached per ABC; registering
anything anywhere invalidates every negative answer (the cache token).
"""

__all__ = [
    "ABCMeta", "ABC", "abstractmethod", "abstractclassmethod",
    "abstractstaticmethod", "abstractproperty", "get_cache_token",
    "update_abstractmethods",
]


def abstractmethod(funcobj):
    """Mark a method abstract: a class with it cannot be instantiated until
    a subclass overrides it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """An abstract classmethod (use classmethod over abstractmethod instead)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """An abstract staticmethod (use staticmethod over abstractmethod instead)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """An abstract property (use property over abstractmethod instead)."""

    __isabstractmethod__ = True


# Bumped by every register(): negative cache entries older than it are stale.
_cache_token = 0


def get_cache_token():
    """A token that changes whenever any ABC gains a virtual subclass."""
    return _cache_token


class _AbcState:
    """The bookkeeping one ABC keeps: its virtual subclasses, its ABC
    subclasses, and its cached positive and negative answers."""

    __slots__ = ("registry", "subclasses", "cache", "negative_cache", "negative_version")

    def __init__(self):
        self.registry = []
        self.subclasses = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _cache_token


def _abstract_names(cls, namespace, bases):
    # Names are collected in the order they are found (the namespace's,
    # then each base's), so that the frozenset's layout, and with it its
    # iteration order, is the one CPython builds.
    names = []
    for name, value in namespace.items():
        if getattr(value, "__isabstractmethod__", False):
            names.append(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False) and name not in names:
                names.append(name)
    return frozenset(names)


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        cls._abc_impl = _AbcState()
        for base in bases:
            state = base.__dict__.get("_abc_impl") if isinstance(base, ABCMeta) else None
            if state is not None:
                state.subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Make `subclass` a virtual subclass of this ABC; returns it, so
        that this can decorate a class."""
        global _cache_token
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        _cache_token += 1
        return subclass

    def __instancecheck__(cls, instance):
        state = cls._abc_impl
        subclass = instance.__class__
        if subclass in state.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if state.negative_version == _cache_token and subclass in state.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        state = cls._abc_impl
        if subclass in state.cache:
            return True
        if state.negative_version < _cache_token:
            state.negative_cache = set()
            state.negative_version = _cache_token
        elif subclass in state.negative_cache:
            return False
        hook = getattr(cls, "__subclasshook__", None)
        answer = NotImplemented if hook is None else hook(subclass)
        if answer is not NotImplemented:
            if answer:
                state.cache.add(subclass)
            else:
                state.negative_cache.add(subclass)
            return answer
        if cls in subclass.__mro__:
            state.cache.add(subclass)
            return True
        for registered in state.registry:
            if issubclass(subclass, registered):
                state.cache.add(subclass)
                return True
        for child in state.subclasses:
            if issubclass(subclass, child):
                state.cache.add(subclass)
                return True
        state.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Print this ABC's registry and caches (for debugging)."""
        state = cls._abc_impl
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % get_cache_token(), file=file)
        print("_abc_registry: %r" % (set(state.registry),), file=file)
        print("_abc_cache: %r" % (state.cache,), file=file)
        print("_abc_negative_cache: %r" % (state.negative_cache,), file=file)
        print("_abc_negative_cache_version: %r" % (state.negative_version,), file=file)

    def _abc_registry_clear(cls):
        """Forget every virtual subclass registered with this ABC."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Forget this ABC's cached answers."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute `cls.__abstractmethods__` after methods were added to or
    removed from it once created; returns cls."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    names = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                names.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            names.add(name)
    cls.__abstractmethods__ = frozenset(names)
    return cls


class ABC(metaclass=ABCMeta):
    """A base class whose subclasses are abstract base classes."""

    __slots__ = ()
