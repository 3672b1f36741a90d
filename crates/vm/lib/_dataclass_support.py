"""The @dataclass decorator's class processing and the module-level
helpers (fields, asdict, astuple, replace, make_dataclass) of
`dataclasses`, which re-exports them."""

import copy
import keyword
import sys
import types

import dataclasses as _d

__all__ = ["_process_class", "dataclass", "fields", "is_dataclass", "asdict",
           "astuple", "make_dataclass", "replace"]


def _hash_set_none(cls, fields, globals):
    return None


def _hash_add(cls, fields, globals):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    return _d._set_qualname(cls, _d._hash_fn(flds, globals))


def _hash_exception(cls, fields, globals):
    raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")


# (unsafe_hash, eq, frozen, has_explicit_hash) -> what to do with __hash__
_hash_action = {
    (False, False, False, False): None,
    (False, False, False, True): None,
    (False, False, True, False): None,
    (False, False, True, True): None,
    (False, True, False, False): _hash_set_none,
    (False, True, False, True): None,
    (False, True, True, False): _hash_add,
    (False, True, True, True): None,
    (True, False, False, False): _hash_add,
    (True, False, False, True): _hash_exception,
    (True, False, True, False): _hash_add,
    (True, False, True, True): _hash_exception,
    (True, True, False, False): _hash_add,
    (True, True, False, True): _hash_exception,
    (True, True, True, False): _hash_add,
    (True, True, True, True): _hash_exception,
}


def _annotation_text(annotation):
    if isinstance(annotation, type) and not isinstance(annotation, type(list[int])):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation).replace("typing.", "")


def _signature_text(cls):
    """The class's __init__ signature as inspect.signature(cls) shows it,
    without `self` and the return annotation."""
    init = cls.__init__
    code = getattr(init, "__code__", None)
    if code is None:
        return "()"
    names = code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]
    positional = names[1:code.co_argcount]
    keyword_only = names[code.co_argcount:]
    defaults = init.__defaults__ or ()
    kwdefaults = init.__kwdefaults__ or {}
    annotations = init.__annotations__
    first_default = len(positional) - len(defaults)
    parts = []

    def render(name, has_default, default):
        text = name
        if name in annotations:
            text += ": " + _annotation_text(annotations[name])
            if has_default:
                text += " = " + repr(default)
        elif has_default:
            text += "=" + repr(default)
        return text

    for i, name in enumerate(positional):
        has = i >= first_default
        parts.append(render(name, has, defaults[i - first_default] if has else None))
    if keyword_only:
        parts.append("*")
        for name in keyword_only:
            parts.append(render(name, name in kwdefaults, kwdefaults.get(name)))
    return "(" + ", ".join(parts) + ")"


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots, weakref_slot):
    fields = {}
    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}
    setattr(cls, _d._PARAMS, _d._DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _d._FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _d._PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_seen = False
    dataclasses = sys.modules[_d.__name__]
    for name, type_ in cls_annotations.items():
        if _d._is_kw_only(type_, dataclasses) or (
                isinstance(type_, str)
                and _d._is_type(type_, cls, dataclasses, dataclasses.KW_ONLY, _d._is_kw_only)):
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_d._get_field(cls, name, type_, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), _d.Field):
            if f.default is _d.MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, _d.Field) and name not in cls_annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _d._FIELDS, fields)

    class_hash = cls.__dict__.get("__hash__", _d.MISSING)
    has_explicit_hash = not (class_hash is _d.MISSING
                             or (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields.values() if f._field_type in (_d._FIELD, _d._FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _d._fields_in_init_order(all_init_fields)

    if init:
        has_post_init = hasattr(cls, _d._POST_INIT_NAME)
        _d._set_new_attribute(cls, "__init__", _d._init_fn(
            all_init_fields, std_init_fields, kw_only_init_fields, frozen, has_post_init,
            "__dataclass_self__" if "self" in fields else "self", globals, slots))

    field_list = [f for f in fields.values() if f._field_type is _d._FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        _d._set_new_attribute(cls, "__repr__", _d._repr_fn(flds, globals))

    if eq:
        flds = [f for f in field_list if f.compare]
        self_tuple = _d._tuple_str("self", flds)
        other_tuple = _d._tuple_str("other", flds)
        _d._set_new_attribute(cls, "__eq__",
                              _d._cmp_fn("__eq__", "==", self_tuple, other_tuple, globals))

    if order:
        flds = [f for f in field_list if f.compare]
        self_tuple = _d._tuple_str("self", flds)
        other_tuple = _d._tuple_str("other", flds)
        for name, op in [("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")]:
            if _d._set_new_attribute(cls, name,
                                     _d._cmp_fn(name, op, self_tuple, other_tuple, globals)):
                raise TypeError(f"Cannot overwrite attribute {name} "
                                f"in class {cls.__name__}. Consider using "
                                "functools.total_ordering")

    if frozen:
        for fn in _d._frozen_get_del_attr(cls, field_list, globals):
            if _d._set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f"Cannot overwrite attribute {fn.__name__} "
                                f"in class {cls.__name__}")

    action = _hash_action[(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)]
    if action:
        cls.__hash__ = action(cls, field_list, globals)

    if not getattr(cls, "__doc__"):
        try:
            text = _signature_text(cls)
        except (TypeError, ValueError):
            text = ""
        cls.__doc__ = cls.__name__ + text

    if match_args:
        _d._set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    try:
        import abc

        abc.update_abstractmethods(cls)
    except (ImportError, AttributeError):
        pass
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, "__slots__", ()) or ())
    cls_dict["__slots__"] = tuple(
        n for n in field_names + (("__weakref__",) if weakref_slot else ())
        if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    for value in cls.__dict__.values():
        if isinstance(value, types.FunctionType) and value.__name__ in (
                "__setattr__", "__delattr__"):
            closure = value.__closure__ or ()
            for cell in closure:
                try:
                    if isinstance(cell.cell_contents, type) and cell.cell_contents.__name__ == cls.__name__:
                        cell.cell_contents = cls
                except (ValueError, AttributeError):
                    pass
    if is_frozen:
        if "__getstate__" not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if "__setstate__" not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add generated special methods to a class from its annotated fields."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance (not ClassVars or
    InitVars), in definition order."""
    try:
        found = getattr(class_or_instance, _d._FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in found.values() if f._field_type is _d._FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _d._FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _d._FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The instance's fields as a dict, recursing into dataclasses,
    lists, tuples and dicts (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The instance's field values as a tuple, recursing like asdict."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Create a dataclass from (name), (name, type) or (name, type,
    Field) items."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if keyword.iskeyword(name):
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns["__annotations__"] = annotations
    cls = types.new_class(cls_name, bases, {}, lambda body: body.update(ns))
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance like `obj` with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _d._FIELDS).values():
        if f._field_type is _d._FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with "
                                 "init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _d._FIELD_INITVAR and f.default is _d.MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
