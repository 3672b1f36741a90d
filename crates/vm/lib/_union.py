"""The type of `X | Y` between classes (PEP 604): `types.UnionType`.

`type.__or__`/`__ror__` and `GenericAlias.__or__`/`__ror__` call `union`
with their two operands. Only classes, `None`, generic aliases and unions
combine; anything else gives `NotImplemented`, so that the other operand
(a `typing.TypeVar`, say) may answer instead. `None` is kept as
`NoneType`; repeated members are dropped, and a union of one member is that
member itself.
"""

_NoneType = type(None)
_GenericAlias = type(list[int])


def _unionable(obj):
    return (obj is None or isinstance(obj, (type, _GenericAlias, UnionType)))


def _members(obj):
    if isinstance(obj, UnionType):
        return obj.__args__
    if obj is None:
        return (_NoneType,)
    return (obj,)


def union(left, right):
    """`left | right` for a class, `None`, generic alias or union."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    members = []
    for obj in _members(left) + _members(right):
        if obj not in members:
            members.append(obj)
    if len(members) == 1:
        return members[0]
    result = object.__new__(UnionType)
    object.__setattr__(result, "_args", tuple(members))
    return result


def _member_repr(obj):
    if obj is _NoneType:
        return "None"
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    return repr(obj)


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""

    __slots__ = ("_args",)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    @property
    def __args__(self):
        return self._args

    @property
    def __parameters__(self):
        found = []
        for arg in self._args:
            for p in getattr(arg, "__parameters__", ()):
                if p not in found:
                    found.append(p)
        return tuple(found)

    def __getitem__(self, items):
        parameters = self.__parameters__
        if not parameters:
            raise TypeError(f"{self!r} is not a generic class")
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(parameters):
            many = "many" if len(items) > len(parameters) else "few"
            raise TypeError(
                f"Too {many} arguments for {self!r}; actual {len(items)}, "
                f"expected {len(parameters)}")
        mapping = dict(zip(parameters, items))
        result = None
        for arg in self._args:
            if arg in mapping:
                arg = mapping[arg]
            elif getattr(arg, "__parameters__", ()):
                arg = arg[tuple(mapping[p] for p in arg.__parameters__)]
            result = arg if result is None else result | arg
        return result

    def __repr__(self):
        return " | ".join(_member_repr(a) for a in self._args)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self._args) == set(other._args)

    def __hash__(self):
        return hash(frozenset(self._args))

    def __or__(self, other):
        return union(self, other)

    def __ror__(self, other):
        return union(other, self)

    def __instancecheck__(self, obj):
        return isinstance(obj, self._checked_args("isinstance"))

    def __subclasscheck__(self, cls):
        return issubclass(cls, self._checked_args("issubclass"))

    def _checked_args(self, check):
        for arg in self._args:
            if isinstance(arg, _GenericAlias):
                raise TypeError(
                    f"{check}() argument 2 cannot be a parameterized generic")
        return self._args

    def __setattr__(self, name, value):
        raise AttributeError(
            f"'types.UnionType' object has no attribute '{name}'")


UnionType.__module__ = "types"
