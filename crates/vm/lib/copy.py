"""Shallow and deep copies: copy(x) and deepcopy(x, memo).

A class controls its copies with `__copy__()` / `__deepcopy__(memo)`, or
with the pickle protocol (`__reduce_ex__`/`__reduce__`, `__getnewargs__`,
`__getstate__`/`__setstate__`). A plain instance without any of these is
copied as pickle would rebuild it: `cls.__new__(cls)`, then its `__dict__`
and slot values (deep-copied for deepcopy), then, for list/dict/set
subclasses, their items. `__init__` is not called.

deepcopy's `memo` maps id(original) to its copy, so that shared and
cyclic structure is copied once and stays shared/cyclic.
"""

import copyreg as _copyreg
import types as _types

try:
    # The inner loop for atoms, lists, dicts, tuples and plain instances;
    # it hands every other value to _deepcopy_other.
    from _copy import deepcopy as _native_deepcopy
except ImportError:
    _native_deepcopy = None

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_object_reduce_ex = getattr(object, "__reduce_ex__", None)
_object_reduce = getattr(object, "__reduce__", None)
_object_getstate = getattr(object, "__getstate__", None)


_ATOMIC = frozenset([
    type(None), int, float, bool, complex, str, bytes, type, range,
    type(Ellipsis), type(NotImplemented), property, _types.BuiltinFunctionType,
    _types.FunctionType, _types.CodeType,
])


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset or cls is slice:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return cls(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo (id -> copy) records what is already copied."""
    if memo is None:
        memo = {}
    if _native_deepcopy is not None and type(memo) is dict:
        return _native_deepcopy(x, memo, _deepcopy_other,
                                _copyreg.dispatch_table)
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    return _deepcopy_other(x, memo)


def _deepcopy_other(x, memo):
    """The deep copy of x, which memo does not hold yet."""
    key = id(x)
    cls = type(x)
    if cls in _ATOMIC:
        return x
    copier = _deep_copiers.get(cls)
    if copier is not None:
        y = copier(x, memo, key)
    elif issubclass(cls, type):
        return x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                return x
            y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


# The exact built-in containers, copied item by item. Each registers its
# copy in the memo before copying the items, so a container that holds
# itself is copied once.

def _deepcopy_list(x, memo, key):
    y = []
    memo[key] = y
    append = y.append
    for item in x:
        append(deepcopy(item, memo))
    return y


def _deepcopy_dict(x, memo, key):
    y = {}
    memo[key] = y
    for k, v in x.items():
        y[deepcopy(k, memo)] = deepcopy(v, memo)
    return y


def _deepcopy_tuple(x, memo, key):
    items = [deepcopy(item, memo) for item in x]
    # A tuple inside one of its own items was copied while they were.
    y = memo.get(key, _deepcopy_tuple)
    if y is not _deepcopy_tuple:
        return y
    for a, b in zip(x, items):
        if a is not b:
            return tuple(items)
    return x


def _deepcopy_set(x, memo, key):
    return type(x)([deepcopy(item, memo) for item in x])


def _deepcopy_bytearray(x, memo, key):
    return bytearray(x)


def _deepcopy_method(x, memo, key):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deep_copiers = {
    list: _deepcopy_list,
    dict: _deepcopy_dict,
    tuple: _deepcopy_tuple,
    set: _deepcopy_set,
    frozenset: _deepcopy_set,
    bytearray: _deepcopy_bytearray,
    _types.MethodType: _deepcopy_method,
}


def _keep_alive(x, memo):
    # The memo holds the originals too, so that their ids cannot be reused
    # by new objects while the copy is being made.
    kept = memo.get(id(memo))
    if kept is None:
        memo[id(memo)] = [x]
    else:
        kept.append(x)


def _overrides(cls, name, default):
    method = getattr(cls, name, None)
    return method is not None and method is not default


def _reduce(x, cls):
    reductor = _copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    if _overrides(cls, "__reduce__", _object_reduce):
        return x.__reduce__()
    if _overrides(cls, "__reduce_ex__", _object_reduce_ex):
        return x.__reduce_ex__(4)
    return _default_reduce(x, cls)


_NEW_ARG_BASES = (int, float, complex, str, bytes, tuple, frozenset)


def _default_reduce(x, cls):
    """What object.__reduce_ex__(4) gives: how to make a new instance, its
    state, and its items for list and dict subclasses."""
    if hasattr(x, "__getnewargs_ex__"):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(x, "__getnewargs__"):
        args, kwargs = x.__getnewargs__(), {}
    else:
        args, kwargs = (), {}
        if isinstance(x, _NEW_ARG_BASES):
            for base in _NEW_ARG_BASES:
                if isinstance(x, base):
                    args = (base(x),)
                    break
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not _object_getstate:
        state = x.__getstate__()
    else:
        state = _default_state(x, cls)
    if isinstance(x, set):
        return cls, (list(x),), state
    if isinstance(x, bytearray):
        return cls, (bytes(x),), state
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return _copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return _copyreg.__newobj__, (cls, *args), state, listitems, dictitems


def _default_state(x, cls):
    try:
        instance_dict = object.__getattribute__(x, "__dict__")
    except AttributeError:
        instance_dict = None
    slots = {}
    for name in _copyreg._slotnames(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (instance_dict or None, slots)
    return instance_dict or None


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *_):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
