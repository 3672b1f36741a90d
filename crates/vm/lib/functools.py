"""Higher-order functions: functions that act on or return other functions.

reduce and partial are native (from _functools); the rest is here:
update_wrapper and wraps, total_ordering, cmp_to_key, lru_cache and cache,
cached_property, partialmethod, singledispatch and singledispatchmethod.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from _functools import reduce, partial


# --- wrappers -------------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in
    assigned, merge the dicts named in updated, and point __wrapped__ at
    wrapped.  Returns wrapper."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so a __wrapped__ copied from wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator that applies update_wrapper(wrapper, wrapped, ...) to
    the function it decorates."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# --- total_ordering -------------------------------------------------------

# Each comparison written in terms of one given comparison (the "root"),
# passing NotImplemented through untouched.

def _gt_from_lt(self, other):
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return not less and self != other


def _le_from_lt(self, other):
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return less or self == other


def _ge_from_lt(self, other):
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return not less


def _ge_from_le(self, other):
    at_most = type(self).__le__(self, other)
    if at_most is NotImplemented:
        return at_most
    return not at_most or self == other


def _lt_from_le(self, other):
    at_most = type(self).__le__(self, other)
    if at_most is NotImplemented:
        return at_most
    return at_most and self != other


def _gt_from_le(self, other):
    at_most = type(self).__le__(self, other)
    if at_most is NotImplemented:
        return at_most
    return not at_most


def _lt_from_gt(self, other):
    greater = type(self).__gt__(self, other)
    if greater is NotImplemented:
        return greater
    return not greater and self != other


def _ge_from_gt(self, other):
    greater = type(self).__gt__(self, other)
    if greater is NotImplemented:
        return greater
    return greater or self == other


def _le_from_gt(self, other):
    greater = type(self).__gt__(self, other)
    if greater is NotImplemented:
        return greater
    return not greater


def _le_from_ge(self, other):
    at_least = type(self).__ge__(self, other)
    if at_least is NotImplemented:
        return at_least
    return not at_least or self == other


def _gt_from_ge(self, other):
    at_least = type(self).__ge__(self, other)
    if at_least is NotImplemented:
        return at_least
    return at_least and self != other


def _lt_from_ge(self, other):
    at_least = type(self).__ge__(self, other)
    if at_least is NotImplemented:
        return at_least
    return not at_least


_DERIVED = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt),
               ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le),
               ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt),
               ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge),
               ('__lt__', _lt_from_ge)),
}


def _defines(cls, name):
    """Whether cls or a base other than object defines name itself."""
    return any(name in vars(klass) for klass in cls.__mro__
               if klass is not object)


def total_ordering(cls):
    """Class decorator that fills in the missing rich comparisons from
    whichever of __lt__, __le__, __gt__ or __ge__ the class defines."""
    given = [name for name in _DERIVED if _defines(cls, name)]
    if not given:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # The same preference as CPython: __lt__, then __le__, __gt__, __ge__.
    root = max(given)
    for name, function in _DERIVED[root]:
        if name not in given:
            function.__name__ = name
            setattr(cls, name, function)
    return cls


# --- cmp_to_key -----------------------------------------------------------

def cmp_to_key(mycmp):
    """Turn an old-style comparison function (negative, zero or positive
    for less, equal, greater) into a key function."""
    class KeyWrapper:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    KeyWrapper.__module__ = 'functools'
    KeyWrapper.__qualname__ = 'KeyWrapper'
    return KeyWrapper


# --- lru_cache --------------------------------------------------------------

class _CacheInfo(tuple):
    """What cache_info() reports: hits, misses, maxsize and currsize, as a
    named tuple."""
    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0], doc='calls answered from the cache')
    misses = property(lambda self: self[1], doc='calls that ran the function')
    maxsize = property(lambda self: self[2], doc='the most entries kept')
    currsize = property(lambda self: self[3], doc='the entries kept now')

    def __repr__(self):
        return ('CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)'
                % tuple(self))


_CacheInfo.__name__ = _CacheInfo.__qualname__ = 'CacheInfo'


class _KeywordMark:
    """Separates positional arguments from keyword items in a cache key."""
    __slots__ = ()

    def __repr__(self):
        return '<keyword mark>'


_KEYWORD_MARK = _KeywordMark()
_FAST_KEY_TYPES = frozenset({int, str})


def _make_key(args, kwds, typed):
    """The cache key of a call: the arguments (and their types, when
    typed) flattened into one hashable value."""
    key = args
    if kwds:
        key += (_KEYWORD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _FAST_KEY_TYPES:
        return key[0]
    return key


def _lru_cache_wrapper(user_function, maxsize, typed):
    # The cache is a dict in least- to most-recently-used order: a hit
    # moves its entry to the end, and a full cache drops its first entry.
    cache = {}
    hits = misses = 0
    missing = object()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, missing)
            if result is not missing:
                cache[key] = result
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call already stored it.
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        """Report cache statistics."""
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics."""
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Decorator that memoises a function's results, keeping the maxsize
    most recently used (all of them when maxsize is None).

    With typed true, arguments of different types are cached apart
    (3 and 3.0 are different keys).  The decorated function gets
    cache_info(), cache_clear() and cache_parameters().  Arguments must be
    hashable.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without parentheses.
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def cache(user_function, /):
    """An unbounded cache: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# --- cached_property --------------------------------------------------------

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept in the instance's
    __dict__ (where it can be deleted to be computed again)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                'Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property.") from None
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            cache[self.attrname] = value
        return value


# --- partialmethod ----------------------------------------------------------

class partialmethod:
    """Like partial, but a descriptor: as a class attribute it binds to the
    instance (or class) first, like the method it wraps."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ', '.join(map(repr, self.args))
        keywords = ', '.join(f'{k}={v!r}' for k, v in self.keywords.items())
        kind = type(self)
        return (f'{kind.__module__}.{kind.__qualname__}'
                f'({self.func!r}, {args}, {keywords})')

    def _unbound(self):
        def method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args,
                             **{**self.keywords, **keywords})
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    def __get__(self, obj, cls=None):
        func = self.func
        if isinstance(func, staticmethod):
            return partial(func.__func__, *self.args, **self.keywords)
        if isinstance(func, classmethod):
            owner = cls if cls is not None else type(obj)
            return partial(func.__func__, owner, *self.args, **self.keywords)
        if obj is None:
            return self._unbound()
        return partial(func, obj, *self.args, **self.keywords)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# --- singledispatch ---------------------------------------------------------

def _find_impl(cls, registry):
    """The implementation registered for the nearest class in cls's MRO,
    else for a registered class cls is a (virtual) subclass of."""
    for klass in cls.__mro__:
        if klass in registry:
            return registry[klass]
    for klass, impl in registry.items():
        if klass is not object and issubclass(cls, klass):
            return impl
    return registry.get(object)


def singledispatch(func):
    """Make func a generic function dispatching on the type of its first
    argument; register implementations with func.register(cls) or with
    @func.register on a function whose first parameter is annotated."""
    registry = {object: func}
    dispatch_cache = {}

    def dispatch(cls):
        """The implementation for the type cls."""
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func as the implementation for cls."""
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f'Invalid first argument to `register()`. {cls!r} is not a class.')
            annotations = getattr(cls, '__annotations__', None)
            if not annotations:
                raise TypeError(
                    f'Invalid first argument to `register()`: {cls!r}. '
                    'Use either `@register(some_class)` or plain `@register` '
                    'on an annotated function.')
            func = cls
            argname, cls = next(iter(annotations.items()))
            if not isinstance(cls, type):
                raise TypeError(
                    f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method that dispatches on the type of its first argument after
    self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def method(*args, **kwargs):
            impl = self.dispatcher.dispatch(args[0].__class__)
            if isinstance(impl, staticmethod):
                return impl.__func__(*args, **kwargs)
            if isinstance(impl, classmethod):
                owner = cls if cls is not None else type(obj)
                return impl.__func__(owner, *args, **kwargs)
            if obj is None:
                return impl(*args, **kwargs)
            return impl(obj, *args, **kwargs)
        method.__isabstractmethod__ = self.__isabstractmethod__
        method.register = self.register
        update_wrapper(method, self.func)
        return method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
