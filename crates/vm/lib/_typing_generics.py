"""The alias objects behind subscripted typing constructs, and Generic,
Protocol and Annotated (part of the `typing` module, which re-exports
everything here).

An alias keeps `__origin__` and `__args__`; attributes not special to the
alias are looked up on (and set on) the origin, so `List[int].append`
is `list.append`. Calling an alias calls its origin and records the
alias as the new object's `__orig_class__`.
"""

import collections.abc
import sys
from abc import ABCMeta

import typing as _t

__all__ = [
    "_BaseGenericAlias", "_GenericAlias", "_SpecialGenericAlias",
    "_CallableGenericAlias", "_CallableType", "_TupleType",
    "_UnionGenericAlias", "_LiteralGenericAlias", "_ConcatenateGenericAlias",
    "_UnpackGenericAlias", "_AnnotatedAlias", "Annotated", "Generic",
    "Protocol", "_ProtocolMeta", "runtime_checkable",
]


def _is_dunder(attr):
    return attr.startswith("__") and attr.endswith("__")


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, _t.ParamSpec, _ConcatenateGenericAlias))


class _BaseGenericAlias(_t._Final, _root=True):
    __module__ = "typing"

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin
        self.__slots__ = None

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {"__name__", "__qualname__"}:
            return self._name or self.__origin__.__name__
        if "__origin__" in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if _is_dunder(attr) or attr in {"_name", "_inst", "_nparams", "_paramspec_tvars"}:
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        return list(set(object.__dir__(self)
                        + [a for a in dir(self.__origin__) if not _is_dunder(a)]))


class _GenericAlias(_BaseGenericAlias, _root=True):
    def __init__(self, origin, args, *, inst=True, name=None, _paramspec_tvars=False):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self.__parameters__ = _t._collect_parameters(args)
        self._paramspec_tvars = _paramspec_tvars
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return _t.Union[self, right]

    def __ror__(self, left):
        return _t.Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_t._type_convert(p) for p in args)
        return self.copy_with(self._determine_new_args(args))

    def _determine_new_args(self, args):
        params = self.__parameters__
        if (len(params) == 1 and isinstance(params[0], _t.ParamSpec)
                and not (args and _is_param_expr(args[0]))):
            args = (args,)
        alen = len(args)
        plen = len(params)
        if alen != plen:
            raise TypeError(f"Too {'many' if alen > plen else 'few'} arguments for {self};"
                            f" actual {alen}, expected {plen}")
        by_param = dict(zip(params, args))
        return tuple(self._substitute(self.__args__, by_param))

    def _substitute(self, args, by_param):
        new_args = []
        for old in args:
            if isinstance(old, type):
                new_args.append(old)
                continue
            subst = getattr(old, "__typing_subst__", None)
            if subst is not None:
                new = subst(by_param[old])
            elif isinstance(old, (list, tuple)):
                new = type(old)(self._substitute(old, by_param))
            else:
                subparams = getattr(old, "__parameters__", ())
                if not subparams:
                    new = old
                else:
                    new = old[tuple(by_param[x] for x in subparams)]
            if self.__origin__ == collections.abc.Callable and isinstance(new, tuple):
                new_args.extend(new)
            else:
                new_args.append(new)
        return new_args

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst,
                              _paramspec_tvars=self._paramspec_tvars)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _t._type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_t._type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return f"{name}[{args}]"

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _t._SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    """An unsubscripted alias of a class, such as `typing.List`."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        if origin.__module__ == "builtins":
            self.__doc__ = f"A generic version of {origin.__qualname__}."
        else:
            self.__doc__ = f"A generic version of {origin.__module__}.{origin.__qualname__}."

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_t._type_check(p, msg) for p in params)
        _t._check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return _t.Union[self, right]

    def __ror__(self, left):
        return _t.Union[left, self]


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        return (f"typing.Callable[[{', '.join(_t._type_repr(a) for a in args[:-1])}], "
                f"{_t._type_repr(args[-1])}]")

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst,
                                     _paramspec_tvars=True)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(self.__parameters__) == 1 and isinstance(self.__parameters__[0], _t.ParamSpec):
            if params and not _is_param_expr(params[0]):
                params = (params,)
            elif params and isinstance(params[0], list):
                params = (tuple(params[0]),) + params[1:]
        return super().__getitem__(params)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst,
                                     _paramspec_tvars=True)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        result = _t._type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return self.copy_with((..., result))
        if isinstance(args, list):
            args = tuple(args)
        elif not isinstance(args, tuple):
            args = (args,)
        args = tuple(_t._type_convert(a) for a in args)
        return self.copy_with(args + (result,))


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_t._type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, ...))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_t._type_check(p, msg) for p in params)
        return self.copy_with(params)


_UnionType = type(int | str)


class _UnionGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        return _t.Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f"typing.Optional[{_t._type_repr(args[1])}]"
            if args[1] is type(None):
                return f"typing.Optional[{_t._type_repr(args[0])}]"
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(_t._value_and_type(self.__args__)) == set(_t._value_and_type(other.__args__))

    def __hash__(self):
        return hash(frozenset(_t._value_and_type(self.__args__)))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _ConcatenateGenericAlias):
            params = (*params[:-1], *params[-1].__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return "*" + repr(self.__args__[0])


class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _t._type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in {"__name__", "__qualname__"}:
            return "Annotated"
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x, ...]: the type T with context-specific metadata."""

    __module__ = "typing"
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        origin = _t._type_check(params[0], "Annotated[t, ...]: t must be a type.",
                                allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass {}.Annotated".format(cls.__module__))


class Generic:
    """Base of generic classes: `class Box(Generic[T])`, then `Box[int]`."""

    __module__ = "typing"
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_t._type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_t._is_typevar_like(p) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            own = cls.__parameters__
            if (len(own) == 1 and isinstance(own[0], _t.ParamSpec)
                    and not (params and _is_param_expr(params[0]))):
                params = (params,)
            _t._check_generic(cls, params, len(own))
            params = tuple(
                tuple(arg) if isinstance(var, _t.ParamSpec) and isinstance(arg, list) else arg
                for var, arg in zip(own, params))
        return _GenericAlias(cls, params, _paramspec_tvars=True)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if "__orig_bases__" in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != "Protocol"
                     and type(cls) != _t._TypedDictMeta)
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if "__orig_bases__" in cls.__dict__:
            tvars = _t._collect_parameters(cls.__orig_bases__)
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple types.")
                    gvars = base.__parameters__
            if gvars is not None:
                tvarset = set(tvars)
                gvarset = set(gvars)
                if not tvarset <= gvarset:
                    s_vars = ", ".join(str(t) for t in tvars if t not in gvarset)
                    s_args = ", ".join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are"
                                    f" not listed in Generic[{s_args}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


_TYPING_INTERNALS = frozenset([
    "__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol",
    "_is_runtime_protocol",
])
_SPECIAL_NAMES = frozenset([
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
    "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
    "__class_getitem__", "__qualname__", "_MutableMapping__marker",
])


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = base.__dict__.get("__annotations__", {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if (not attr.startswith("_abc_") and attr not in _TYPING_INTERNALS
                    and attr not in _SPECIAL_NAMES):
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


def _allow_reckless_class_checks(depth=3):
    """Whether the check comes from the abc machinery (an isinstance()
    falling back to the class check), where a protocol answers "unknown"
    rather than raising."""
    try:
        return sys._getframe(depth).f_globals.get("__name__") in ("abc", "functools")
    except (AttributeError, ValueError):
        return True


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError("Protocols cannot be instantiated")
    if cls.__init__ is not _no_init_or_replace_init:
        return
    for base in cls.__mro__:
        init = base.__dict__.get("__init__", _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class _ProtocolMeta(ABCMeta):
    __module__ = "typing"

    def __instancecheck__(cls, instance):
        is_protocol = getattr(cls, "_is_protocol", False)
        if is_protocol and not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if (not is_protocol or _is_callable_members_only(cls)) and issubclass(
                instance.__class__, cls):
            return True
        if is_protocol:
            if all(hasattr(instance, attr)
                   and (not callable(getattr(cls, attr, None))
                        or getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types: a class is a virtual subclass of a
    runtime_checkable protocol when it has all the protocol's members."""

    __module__ = "typing"
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get("_is_protocol", False):
                return NotImplemented
            if isinstance(other, type) and cls in other.__mro__:
                return NotImplemented
            if not getattr(cls, "_is_runtime_protocol", False):
                if _allow_reckless_class_checks():
                    return NotImplemented
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            if not _is_callable_members_only(cls):
                if _allow_reckless_class_checks():
                    return NotImplemented
                raise TypeError("Protocols with non-method members"
                                " don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            for attr in _get_protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                    annotations = getattr(base, "__annotations__", {})
                    if (isinstance(annotations, collections.abc.Mapping)
                            and attr in annotations and issubclass(other, Generic)
                            and other._is_protocol):
                        break
                else:
                    return NotImplemented
            return True

        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not (base in (object, Generic)
                    or (base.__module__ == "collections.abc"
                        and base.__name__ in _ALLOWED_ABCS)
                    or (issubclass(base, Generic) and base._is_protocol)):
                raise TypeError("Protocols can only inherit from other protocols, got %r" % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


_ALLOWED_ABCS = frozenset([
    "Callable", "Awaitable", "Iterable", "Iterator", "AsyncIterable", "Hashable",
    "Sized", "Container", "Collection", "Reversible", "Buffer",
])


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance() and issubclass()."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not cls._is_protocol:
        raise TypeError("@runtime_checkable can be only applied to protocol classes,"
                        " got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


for _cls in (_BaseGenericAlias, _GenericAlias, _SpecialGenericAlias, _CallableGenericAlias,
             _CallableType, _TupleType, _UnionGenericAlias, _LiteralGenericAlias,
             _ConcatenateGenericAlias, _UnpackGenericAlias, _AnnotatedAlias, Annotated,
             Generic, Protocol, _ProtocolMeta):
    _cls.__module__ = "typing"
del _cls
