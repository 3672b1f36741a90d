"""The generic aliases of the collection types, NamedTuple, TypedDict,
NewType, the Supports* protocols, IO types, and the introspection and
decorator helpers of `typing` (which re-exports everything here)."""

import collections
import collections.abc
import contextlib
import functools
import re as _re
import sys
import types
from abc import abstractmethod

import typing as _t
from _typing_generics import (
    _AnnotatedAlias, _BaseGenericAlias, _CallableType, _GenericAlias,
    _SpecialGenericAlias, _TupleType, Annotated, Generic, Protocol,
    runtime_checkable,
)

__all__ = [
    "Hashable", "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
    "Iterable", "Iterator", "Reversible", "Sized", "Container", "Collection",
    "Callable", "AbstractSet", "MutableSet", "Mapping", "MutableMapping",
    "Sequence", "MutableSequence", "ByteString", "Tuple", "List", "Deque",
    "Set", "FrozenSet", "MappingView", "KeysView", "ItemsView", "ValuesView",
    "ContextManager", "AsyncContextManager", "Dict", "DefaultDict",
    "OrderedDict", "Counter", "ChainMap", "Generator", "AsyncGenerator",
    "Type", "Pattern", "Match", "Text", "AnyStr", "NamedTuple", "TypedDict",
    "NewType", "get_type_hints", "get_origin", "get_args", "cast",
    "assert_type", "assert_never", "reveal_type", "overload", "get_overloads",
    "clear_overloads", "final", "no_type_check", "no_type_check_decorator",
    "is_typeddict", "dataclass_transform", "SupportsInt", "SupportsFloat",
    "SupportsComplex", "SupportsBytes", "SupportsIndex", "SupportsAbs",
    "SupportsRound", "IO", "TextIO", "BinaryIO",
]


def _alias(origin, nparams, *, inst=True, name=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


_abc = collections.abc
Hashable = _alias(_abc.Hashable, 0)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Sized = _alias(_abc.Sized, 0)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _alias(_abc.Set, 1, name="AbstractSet")
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
ByteString = _alias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _alias(list, 1, inst=False, name="List")
Deque = _alias(collections.deque, 1, name="Deque")
Set = _alias(set, 1, inst=False, name="Set")
FrozenSet = _alias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _alias(_abc.MappingView, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
ContextManager = _alias(contextlib.AbstractContextManager, 1, name="ContextManager")
AsyncContextManager = _alias(contextlib.AbstractAsyncContextManager, 1,
                             name="AsyncContextManager")
Dict = _alias(dict, 2, inst=False, name="Dict")
DefaultDict = _alias(collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(_abc.Generator, 3)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name="Type")
Pattern = _alias(type(_re.compile("")), 1, name="Pattern")
Match = _alias(type(_re.match("", "")), 1, name="Match")

Text = str
AnyStr = _t.TypeVar("AnyStr", bytes, str)


def cast(typ, val):
    """Return `val` unchanged; tells a type checker it has type `typ`."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overload_registry = collections.defaultdict(functools.partial(collections.defaultdict, dict))


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-decorated.")


def overload(func):
    """Mark one signature of an overloaded function; the undecorated
    definition that follows is the implementation."""
    f = getattr(func, "__func__", func)
    try:
        _overload_registry[f.__module__][f.__qualname__][f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    f = getattr(func, "__func__", func)
    if f.__module__ not in _overload_registry:
        return []
    by_name = _overload_registry[f.__module__]
    if f.__qualname__ not in by_name:
        return []
    return list(by_name[f.__qualname__].values())


def clear_overloads():
    _overload_registry.clear()


def final(f):
    """Mark a method or class final; sets `__final__` when it can."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, "__qualname__")
                    or obj.__qualname__ != f"{arg.__qualname__}.{obj.__name__}"
                    or getattr(obj, "__module__", None) != arg.__module__):
                continue
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))

    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn

    return decorator


def get_origin(tp):
    """The unsubscripted form of a generic type (`list` for List[int],
    Union for Optional[int]), or None."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _t.GenericAlias, _t.ParamSpecArgs,
                       _t.ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    union_type = getattr(types, "UnionType", None)
    if union_type is not None and isinstance(tp, union_type):
        return union_type
    return None


def get_args(tp):
    """The arguments of a subscripted type, with Callable's parameter
    types as a list: get_args(Callable[[int], str]) == ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _t.GenericAlias)):
        res = tp.__args__
        if (tp.__origin__ is collections.abc.Callable and res
                and not (len(res) == 2 and _is_param_like(res[0]))):
            res = (list(res[:-1]), res[-1])
        return res
    union_type = getattr(types, "UnionType", None)
    if union_type is not None and isinstance(tp, union_type):
        return tp.__args__
    return ()


def _is_param_like(arg):
    return arg is ... or isinstance(arg, (_t.ParamSpec, _t._ConcatenateGenericAlias))


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (through its MRO), module or function,
    with string annotations evaluated."""
    if getattr(obj, "__no_type_check__", None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), "__dict__", {})
            else:
                base_globals = globalns
            ann = base.__dict__.get("__annotations__", {})
            if isinstance(ann, types.GetSetDescriptorType if hasattr(types, "GetSetDescriptorType") else ()):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = _t.ForwardRef(value, is_argument=False, is_class=True)
                value = _t._eval_type(value, base_globals, base_locals)
                hints[name] = value
        if include_extras:
            return hints
        return {k: _t._strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, "__wrapped__"):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, "__globals__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, "__annotations__", None)
    if hints is None:
        if isinstance(obj, (type, types.ModuleType, types.FunctionType, types.MethodType,
                            types.BuiltinFunctionType if hasattr(types, "BuiltinFunctionType") else ())):
            return {}
        raise TypeError("{!r} is not a module, class, method, or function.".format(obj))
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = _t.ForwardRef(value, is_argument=not isinstance(obj, types.ModuleType),
                                  is_class=False)
        hints[name] = _t._eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _t._strip_annotations(t) for k, t in hints.items()}


class NewType:
    """NewType('UserId', int): a distinct name for a type; calling it
    returns its argument unchanged."""

    __module__ = "typing"

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _t._caller()
        if module != "typing":
            self.__module__ = module

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`")

        return (Dummy,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return _t.Union[self, other]

    def __ror__(self, other):
        return _t.Union[other, self]


def _make_nmtuple(name, fields, module, defaults=()):
    names = [n for n, t in fields]
    annotations = {n: _t._type_check(t, f"field {n} annotation must be a type")
                   for n, t in fields}
    cls = collections.namedtuple(name, names, defaults=defaults, module=module)
    cls.__annotations__ = annotations
    try:
        cls.__new__.__annotations__ = annotations
    except (AttributeError, TypeError):
        pass
    return cls


_prohibited = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__",
                         "_fields", "_field_defaults", "_make", "_replace", "_asdict",
                         "_source"})
_special = frozenset({"__module__", "__name__", "__annotations__", "__qualname__"})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        annotations = ns.get("__annotations__", {})
        default_names = []
        for field_name in annotations:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, list(annotations.items()),
                               defaults=[ns[n] for n in default_names],
                               module=ns["__module__"])
        if "__qualname__" in ns:
            nm_tpl.__qualname__ = ns["__qualname__"]
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed collections.namedtuple, by class syntax
    (`class P(NamedTuple): x: int`) or by call (`NamedTuple('P', [('x', int)])`)."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, list(fields), module=_t._caller())


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type "
                                "and a non-TypedDict base class")
        if any(issubclass(b, Generic) for b in bases):
            generic_base = (Generic,)
        else:
            generic_base = ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
        annotations = {}
        own = ns.get("__annotations__", {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _t._type_check(tp, msg, module=tp_dict.__module__) for n, tp in own.items()}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own)
        for key, hint in own.items():
            origin = get_origin(hint)
            if origin is Annotated:
                args = get_args(hint)
                if args:
                    origin = get_origin(args[0])
            if origin is _t.Required:
                is_required = True
            elif origin is _t.NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys, by class syntax or by
    call (`TypedDict('Movie', {'name': str})`). Instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {"__annotations__": dict(fields)}
    module = _t._caller()
    if module is not None:
        ns["__module__"] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


_T_co = _t.TypeVar("T_co", covariant=True)


@runtime_checkable
class SupportsAbs(Protocol[_T_co]):
    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> _T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[_T_co]):
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> _T_co:
        pass


class IO(Generic[AnyStr]):
    """The generic type of file objects."""

    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


for _cls in (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex,
             SupportsAbs, SupportsRound, IO, BinaryIO, TextIO, NewType, NamedTupleMeta,
             _TypedDictMeta):
    _cls.__module__ = "typing"
NamedTuple.__module__ = "typing"
TypedDict.__module__ = "typing"
del _cls
