"""Names for the interpreter's built-in types, SimpleNamespace, dynamic
class creation (new_class and friends), the coroutine decorator and
DynamicClassAttribute.

Each type name is taken from an object of that type, so `FunctionType is
type(f)` holds for every function f. A name whose kind of object this
interpreter does not have is left out.
"""

import sys as _sys

__all__ = [
    "FunctionType", "LambdaType", "CodeType", "MappingProxyType",
    "SimpleNamespace", "CellType", "GeneratorType", "CoroutineType",
    "AsyncGeneratorType", "MethodType", "BuiltinFunctionType",
    "BuiltinMethodType", "WrapperDescriptorType", "MethodWrapperType",
    "MethodDescriptorType", "ClassMethodDescriptorType", "ModuleType",
    "TracebackType", "FrameType", "GetSetDescriptorType",
    "MemberDescriptorType", "new_class", "resolve_bases", "prepare_class",
    "DynamicClassAttribute", "coroutine", "GenericAlias", "UnionType",
    "EllipsisType", "NoneType", "NotImplementedType",
]


def _f():
    pass


def _cell():
    a = 1

    def inner():
        return a

    return inner.__closure__[0]


def _g():
    yield 1


async def _c():
    pass


async def _ag():
    yield


class _C:
    def _m(self):
        pass


def _coroutine_type():
    c = _c()
    c.close()
    return type(c)


def _traceback_and_frame():
    try:
        raise TypeError
    except TypeError as exc:
        tb = exc.__traceback__
        return type(tb), type(tb.tb_frame)


def _mapping_proxy_type():
    kind = type(type.__dict__)
    if kind is dict:
        raise TypeError("class namespaces are plain dicts here")
    return kind


_TYPE_SOURCES = {
    "FunctionType": lambda: type(_f),
    "LambdaType": lambda: type(lambda: None),
    "CodeType": lambda: type(_f.__code__),
    "CellType": lambda: type(_cell()),
    "GeneratorType": lambda: type(_g()),
    "CoroutineType": _coroutine_type,
    "AsyncGeneratorType": lambda: type(_ag()),
    "MethodType": lambda: type(_C()._m),
    "BuiltinFunctionType": lambda: type(len),
    "BuiltinMethodType": lambda: type([].append),
    "WrapperDescriptorType": lambda: type(object.__init__),
    "MethodWrapperType": lambda: type(object().__str__),
    "MethodDescriptorType": lambda: type(str.join),
    "ClassMethodDescriptorType": lambda: type(dict.__dict__["fromkeys"]),
    "ModuleType": lambda: type(_sys),
    "TracebackType": lambda: _traceback_and_frame()[0],
    "FrameType": lambda: _traceback_and_frame()[1],
    "GetSetDescriptorType": lambda: type(type(_f).__dict__["__code__"]),
    "MemberDescriptorType": lambda: type(type(_f).__dict__["__globals__"]),
    "UnionType": lambda: type(int | str),
    "EllipsisType": lambda: type(Ellipsis),
    "NoneType": lambda: type(None),
    "NotImplementedType": lambda: type(NotImplemented),
}

for _name, _source in _TYPE_SOURCES.items():
    try:
        globals()[_name] = _source()
    except Exception:
        __all__.remove(_name)

del _name, _source, _TYPE_SOURCES


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        key = id(self)
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if key in _repr_running:
            return "%s(...)" % name
        _repr_running.add(key)
        try:
            items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
            return "%s(%s)" % (name, ", ".join(items))
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


SimpleNamespace.__module__ = "types"
_repr_running = set()


# ------------------------------------------- GenericAlias, MappingProxyType

def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is Ellipsis:
        return "..."
    return repr(obj)


# The interpreter's own types when it has them; otherwise these.
try:
    GenericAlias = type(list[int])
except TypeError:
    class GenericAlias:
        """A parameterized generic, origin[args] (PEP 585): calling it makes
        an origin instance; as a base class it stands for its origin."""

        def __init__(self, origin, args, /):
            if not isinstance(args, tuple):
                args = (args,)
            self.__origin__ = origin
            self.__args__ = args
            self.__parameters__ = ()

        def __repr__(self):
            if not self.__args__:
                args = "()"
            else:
                args = ", ".join(_type_repr(a) for a in self.__args__)
            return "%s[%s]" % (_type_repr(self.__origin__), args)

        def __call__(self, *args, **kwargs):
            result = self.__origin__(*args, **kwargs)
            try:
                result.__orig_class__ = self
            except AttributeError:
                pass
            return result

        def __mro_entries__(self, bases):
            return (self.__origin__,)

        def __getattr__(self, name):
            if name.startswith("__") and name.endswith("__"):
                raise AttributeError(name)
            return getattr(self.__origin__, name)

        def __eq__(self, other):
            if not isinstance(other, GenericAlias):
                return NotImplemented
            return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

        def __hash__(self):
            return hash(self.__origin__) ^ hash(self.__args__)

        def __instancecheck__(self, obj):
            raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

        def __subclasscheck__(self, cls):
            raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

try:
    MappingProxyType = _mapping_proxy_type()
except TypeError:
    class mappingproxy:
        """A read-only view of a mapping."""

        __slots__ = ("_mapping",)
        __module__ = "builtins"

        def __new__(cls, mapping):
            if not hasattr(type(mapping), "__getitem__") or isinstance(mapping, (list, tuple)):
                raise TypeError(
                    "mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__
                )
            self = object.__new__(cls)
            object.__setattr__(self, "_mapping", mapping)
            return self

        def __getitem__(self, key):
            return self._mapping[key]

        def get(self, key, default=None):
            return self._mapping.get(key, default)

        def keys(self):
            return self._mapping.keys()

        def values(self):
            return self._mapping.values()

        def items(self):
            return self._mapping.items()

        def copy(self):
            return self._mapping.copy()

        def __iter__(self):
            return iter(self._mapping)

        def __reversed__(self):
            return reversed(self._mapping)

        def __len__(self):
            return len(self._mapping)

        def __contains__(self, key):
            return key in self._mapping

        def __eq__(self, other):
            return self._mapping == other

        def __or__(self, other):
            return self._mapping | other

        def __ror__(self, other):
            return other | self._mapping

        def __repr__(self):
            return "mappingproxy(%r)" % (self._mapping,)

        def __str__(self):
            return str(self._mapping)

        __hash__ = None

    MappingProxyType = mappingproxy
    del mappingproxy


# ------------------------------------------------- dynamic class creation

def resolve_bases(bases):
    """Replace bases that are not classes but define __mro_entries__ by
    what that method returns."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError(
            "metaclass conflict: the metaclass of a derived class must be a "
            "(non-strict) subclass of the metaclasses of all its bases"
        )
    return winner


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, the namespace from its __prepare__, and the keywords
    left once 'metaclass' is taken out."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would: exec_body(ns) fills the
    namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


# ------------------------------------------------------- class attributes

class DynamicClassAttribute:
    """An attribute that is computed on instances and looked up through the
    class's __getattr__ when read on the class (as Enum's name and value)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


# ------------------------------------------------------------- coroutine

_CO_GENERATOR = 0x20
_CO_ITERABLE_COROUTINE = 0x100
_CO_COROUTINE = 0x80


class _AwaitableGenerator:
    """A generator made awaitable: `await` and `yield from` drive the
    generator it holds, and its generator attributes read through."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if isinstance(self.__wrapped, GeneratorType):
            return self.__wrapped
        return self

    __await__ = __iter__


def _is_iterable_coroutine(obj):
    if isinstance(obj, CoroutineType):
        return True
    return isinstance(obj, GeneratorType) and bool(
        obj.gi_code.co_flags & _CO_ITERABLE_COROUTINE
    )


def coroutine(func):
    """Let a generator function be awaited: its generators become
    iterable coroutines."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    code = getattr(func, "__code__", None)
    if isinstance(func, FunctionType) and code is not None:
        if code.co_flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
    if isinstance(func, FunctionType) and code is not None and code.co_flags & _CO_GENERATOR:
        try:
            func.__code__ = code.replace(co_flags=code.co_flags | _CO_ITERABLE_COROUTINE)
            return func
        except (AttributeError, TypeError, ValueError):
            pass

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if _is_iterable_coroutine(result):
            return result
        if isinstance(result, GeneratorType) or (
            hasattr(result, "send") and hasattr(result, "throw")
            and hasattr(result, "close") and hasattr(result, "__next__")
            and hasattr(result, "__iter__")
        ):
            return _AwaitableGenerator(result)
        return result

    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapped, name, getattr(func, name))
        except AttributeError:
            pass
    try:
        wrapped.__dict__.update(func.__dict__)
    except AttributeError:
        pass
    wrapped.__wrapped__ = func
    return wrapped


del _f, _g, _c, _ag, _C, _cell, _coroutine_type, _traceback_and_frame, _mapping_proxy_type
