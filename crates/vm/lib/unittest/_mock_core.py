"""The mock classes of unittest.mock (which re-exports them)."""

import sys

from .mock import (ANY, DEFAULT, _ASSERT_TYPOS, _Call, _CallList, _format_call_signature,
                   call)
from .util import safe_repr

__unittest = True

_MISSING = object()


def _is_exception(obj):
    return isinstance(obj, BaseException) or (
        isinstance(obj, type) and issubclass(obj, BaseException))


def _unmatched(expected, actual):
    """The expected calls not in `actual`, each matching one actual call
    at most, and the actual calls left unmatched (a new list)."""
    remaining = list(actual)
    not_found = []
    for kall in expected:
        try:
            remaining.remove(kall)
        except ValueError:
            not_found.append(kall)
    return not_found, remaining


def _forget_calls(d):
    """Set a mock's namespace `d` to the state of one never called."""
    d["_mock_called"] = False
    d["_mock_call_args"] = None
    d["_mock_call_count"] = 0
    d["_mock_call_args_list"] = _CallList()
    d["_mock_mock_calls"] = _CallList()
    d["method_calls"] = _CallList()


class NonCallableMock(object):
    """A mock that is not callable; base of Mock."""

    def __new__(cls, /, *args, **kw):
        bases = (cls,)
        new = type(cls.__name__, bases, {"__doc__": cls.__doc__,
                                         "__module__": cls.__module__,
                                         "__qualname__": cls.__qualname__})
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name="", _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d["_mock_parent"] = parent
        d["_mock_name"] = name
        d["_mock_new_name"] = _new_name
        d["_mock_new_parent"] = _new_parent
        d["_mock_sealed"] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        d["_spec_set"] = bool(spec_set)
        d["_mock_methods"] = None
        d["_spec_class"] = None
        if spec is not None:
            self._mock_add_spec(spec)
        d["_mock_children"] = {}
        d["_mock_wraps"] = wraps
        d["_mock_delegate"] = None
        _forget_calls(d)
        d["_mock_unsafe"] = unsafe
        d["_mock_return_value"] = DEFAULT
        d["_mock_side_effect"] = None
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec):
        if isinstance(spec, type):
            spec_class = spec
        else:
            spec_class = type(spec)
        if isinstance(spec, (list, tuple)) and all(isinstance(s, str) for s in spec):
            methods = list(spec)
            spec_class = None
        else:
            methods = dir(spec)
        self.__dict__["_spec_class"] = spec_class
        self.__dict__["_mock_methods"] = methods

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec)
        self.__dict__["_spec_set"] = bool(spec_set)

    def attach_mock(self, mock, attribute):
        inner = mock
        inner.__dict__["_mock_parent"] = None
        inner.__dict__["_mock_new_parent"] = None
        inner.__dict__["_mock_name"] = ""
        inner.__dict__["_mock_new_name"] = None
        setattr(self, attribute, mock)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    called = property(lambda self: self.__dict__["_mock_called"])
    call_count = property(lambda self: self.__dict__["_mock_call_count"])
    call_args = property(lambda self: self.__dict__["_mock_call_args"])
    call_args_list = property(lambda self: self.__dict__["_mock_call_args_list"])
    mock_calls = property(lambda self: self.__dict__["_mock_mock_calls"])

    def _get_return_value(self):
        ret = self.__dict__["_mock_return_value"]
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name="()")
            self.__dict__["_mock_return_value"] = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__["_mock_return_value"] = value
        _check_and_set_parent(self, value, None, "()")

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self.__dict__["_mock_side_effect"]

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__["_mock_side_effect"] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        _forget_calls(d)
        if return_value:
            d["_mock_return_value"] = DEFAULT
        if side_effect:
            d["_mock_side_effect"] = None
        for child in d["_mock_children"].values():
            if _is_mock(child):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = d["_mock_return_value"]
        if _is_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count(".")):
            args = arg.split(".")
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in {"_mock_methods", "_mock_unsafe"}:
            raise AttributeError(name)
        methods = self.__dict__.get("_mock_methods")
        if methods is not None:
            if name not in methods:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        if not self.__dict__.get("_mock_unsafe", False) and (
                not methods or name not in methods):
            if name.startswith(_ASSERT_TYPOS) or name in ("called_once", "called_once_with"):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")
        children = self.__dict__["_mock_children"]
        result = children.get(name, _MISSING)
        if result is _MISSING:
            wraps = None
            if self.__dict__["_mock_wraps"] is not None:
                wraps = getattr(self.__dict__["_mock_wraps"], name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def _extract_mock_name(self):
        names = [self.__dict__["_mock_new_name"]]
        parent = self.__dict__["_mock_new_parent"]
        last = self
        dot = "."
        if names == ["()"]:
            dot = ""
        while parent is not None:
            last = parent
            names.append(parent.__dict__["_mock_new_name"] + dot)
            dot = "."
            if parent.__dict__["_mock_new_name"] == "()":
                dot = ""
            parent = parent.__dict__["_mock_new_parent"]
        names = list(reversed(names))
        if names[0] in ("mock.", ""):
            names[0] = (last.__dict__["_mock_name"] or "mock") + ("." if names[0] else "")
        names[0] = names[0] if names[0] else "mock"
        return "".join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ""
        if name not in ("mock", "mock."):
            name_string = " name=%r" % name
        spec_string = ""
        if self.__dict__["_spec_class"] is not None:
            spec_string = " spec=%r"
            if self.__dict__["_spec_set"]:
                spec_string = " spec_set=%r"
            spec_string = spec_string % self.__dict__["_spec_class"].__name__
        return "<%s%s%s id='%s'>" % (type(self).__mro__[1].__name__, name_string,
                                     spec_string, id(self))

    def __dir__(self):
        extras = self.__dict__["_mock_methods"] or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child = [n for n, c in self.__dict__["_mock_children"].items() if c is not None]
        names = [n for n in from_type + from_dict + from_child + list(extras)
                 if not n.startswith("_")]
        return sorted(set(names))

    def __setattr__(self, name, value):
        if name in ("return_value", "side_effect"):
            return object.__setattr__(self, name, value)
        methods = self.__dict__.get("_mock_methods")
        if (self.__dict__.get("_spec_set") and methods is not None and name not in methods
                and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        is_magic = name.startswith("__") and name.endswith("__") and _is_magic_supported(self, name)
        if _is_mock(value):
            _check_and_set_parent(self, value, None if is_magic else name, name)
            self.__dict__["_mock_children"][name] = value
            if is_magic:
                setattr(type(self), name, value)
            return None
        if is_magic:
            setattr(type(self), name, _magic_function(name, value))
            return None
        if name in self.__dict__["_mock_children"]:
            self.__dict__["_mock_children"][name] = value
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        children = self.__dict__["_mock_children"]
        if name in children:
            del children[name]
            children[name] = None
        if name in self.__dict__:
            object.__delattr__(self, name)

    def _format_mock_call_signature(self, args, kwargs):
        name = self.__dict__["_mock_name"] or "mock"
        return _format_call_signature(name, args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action="call"):
        message = "expected %s not found.\nExpected: %s\n  Actual: %s"
        expected_string = self._format_mock_call_signature(args, kwargs)
        call_args = self.call_args
        actual_string = self._format_mock_call_signature(*call_args)
        return message % (action, expected_string, actual_string)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {safe_repr(self.mock_calls)}."

    def _name(self):
        return self.__dict__["_mock_name"] or "mock"

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._name(), self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._name())

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._name(), self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("expected call not found.\nExpected: %s\n  Actual: %s"
                                 % (expected, "not called."))
        expected = _Call((args, kwargs), two=True)
        if self.call_args != expected:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._name(), self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError(
                    f"Calls not found.\nExpected: {_CallList(calls)}"
                    f"{self._calls_repr(prefix='  Actual').rstrip('.')}")
            return
        not_found, all_calls = _unmatched(expected, all_calls)
        if not_found:
            raise AssertionError("%r does not contain all of %r in its call list, found %r instead"
                                 % (self._name(), tuple(not_found), all_calls))

    def assert_any_call(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in list(self.call_args_list):
            raise AssertionError("%s call not found" % self._format_mock_call_signature(args, kwargs))

    def _get_child_mock(self, /, **kw):
        if self.__dict__["_mock_sealed"]:
            attribute = f".{kw['name']}" if "name" in kw else "()"
            raise AttributeError(self._extract_mock_name() + attribute)
        kind = type(self).__mro__[1]
        if issubclass(kind, AsyncMockMixin):
            new_name = kw.get("_new_name")
            methods = self.__dict__.get("_mock_methods")
            if new_name in _MAGICS or (methods and new_name in methods):
                kind = MagicMock
            else:
                kind = AsyncMock
        elif not issubclass(kind, CallableMixin):
            if issubclass(kind, NonCallableMagicMock):
                kind = MagicMock
            else:
                kind = Mock
        return kind(**kw)


def _is_mock(obj):
    return isinstance(obj, NonCallableMock)


def _check_and_set_parent(parent, value, name, new_name):
    """Make an unnamed, parentless mock `value` a child of `parent`
    (recorded in its calls as `name`), unless `value` is `parent` or one
    of its ancestors. Returns whether it did."""
    if not _is_mock(value):
        return False
    d = value.__dict__
    if d["_mock_name"] or d["_mock_new_name"] or d["_mock_parent"] is not None \
            or d["_mock_new_parent"] is not None:
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return False
        ancestor = ancestor.__dict__["_mock_new_parent"]
    if new_name:
        d["_mock_new_parent"] = parent
        d["_mock_new_name"] = new_name
    if name:
        d["_mock_parent"] = parent
        d["_mock_name"] = name
    return True


class CallableMixin:
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _spec_state=None, _new_name="",
                 _new_parent=None, **kwargs):
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name,
                         _new_parent, **kwargs)
        self.__dict__["_mock_return_value"] = return_value
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        d = self.__dict__
        d["_mock_called"] = True
        d["_mock_call_count"] += 1
        this_call = _Call((args, kwargs), two=True)
        d["_mock_call_args"] = this_call
        d["_mock_call_args_list"].append(this_call)
        do_method_calls = d["_mock_parent"] is not None
        method_call_name = d["_mock_name"]
        mock_call_name = d["_mock_new_name"]
        is_a_call = mock_call_name == "()"
        d["_mock_mock_calls"].append(_Call(("", args, kwargs)))
        parent = d["_mock_new_parent"]
        while parent is not None:
            pd = parent.__dict__
            if do_method_calls:
                pd["method_calls"].append(_Call((method_call_name, args, kwargs)))
                do_method_calls = pd["_mock_parent"] is not None
                if do_method_calls:
                    method_call_name = pd["_mock_name"] + "." + method_call_name
            this_mock_call = _Call((mock_call_name, args, kwargs))
            pd["_mock_mock_calls"].append(this_mock_call)
            if pd["_mock_new_name"]:
                dot = "" if is_a_call else "."
                is_a_call = pd["_mock_new_name"] == "()"
                mock_call_name = pd["_mock_new_name"] + dot + mock_call_name
            parent = pd["_mock_new_parent"]

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self.__dict__["_mock_return_value"] is not DEFAULT:
            return self.return_value
        if self.__dict__["_mock_wraps"] is not None:
            return self.__dict__["_mock_wraps"](*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: calling it records the call and returns
    `return_value` (a child mock unless set), or the result of
    `side_effect` (raised if an exception, the next item if an iterable,
    the call's result if a function)."""


_RETURN_VALUES = {
    "__lt__": NotImplemented, "__gt__": NotImplemented, "__le__": NotImplemented,
    "__ge__": NotImplemented, "__int__": 1, "__contains__": False, "__len__": 0,
    "__exit__": False, "__complex__": 1j, "__float__": 1.0, "__bool__": True,
    "__index__": 1,
}

_MAGICS = {"__%s__" % name for name in (
    "lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof "
    "enter exit divmod rdivmod neg pos abs invert complex int float index round trunc "
    "floor ceil bool next add sub mul matmul truediv floordiv mod lshift rshift "
    "and xor or pow radd rsub rmul rmatmul rtruediv rfloordiv rmod rlshift rrshift rand "
    "rxor ror rpow iadd isub imul imatmul itruediv ifloordiv imod ilshift irshift iand "
    "ixor ior ipow format reversed missing fspath").split()}
_SET_BY_DEFAULT = _MAGICS - {"__format__", "__reversed__", "__missing__", "__fspath__",
                             "__sizeof__"}


def _is_magic_supported(mock, name):
    return name in _MAGICS


def _magic_function(name, value):
    def method(self, /, *args, **kw):
        return value(self, *args, **kw)

    method.__name__ = name
    return method


def _configure_magic(owner, name, child):
    """Give a fresh magic-method mock the default behaviour of `name`."""
    if name in _RETURN_VALUES:
        child.return_value = _RETURN_VALUES[name]
    elif name == "__hash__":
        child.return_value = object.__hash__(owner)
    elif name == "__str__":
        child.return_value = object.__str__(owner)
    elif name == "__sizeof__":
        child.return_value = object.__sizeof__(owner)
    elif name == "__eq__":
        def __eq__(other):
            ret = child.__dict__["_mock_return_value"]
            if ret is not DEFAULT:
                return ret
            if owner is other:
                return True
            return NotImplemented

        child.side_effect = __eq__
    elif name == "__ne__":
        def __ne__(other):
            if child.__dict__["_mock_return_value"] is not DEFAULT:
                return DEFAULT
            if owner is other:
                return False
            return NotImplemented

        child.side_effect = __ne__
    elif name == "__iter__":
        def __iter__():
            ret = child.__dict__["_mock_return_value"]
            if ret is DEFAULT:
                return iter([])
            return iter(ret)

        child.side_effect = __iter__


class _MagicProxy:
    """Class attribute standing for a magic method not used yet: the
    first lookup makes the child mock and puts it on the class."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, _type=None):
        if obj is None:
            return self
        entry = self.name
        child = obj._get_child_mock(name=entry, _new_name=entry, _new_parent=obj)
        _configure_magic(obj, entry, child)
        setattr(type(obj), entry, child)
        obj.__dict__["_mock_children"][entry] = child
        return child


class MagicMixin(object):
    def __init__(self, /, *args, **kw):
        super().__init__(*args, **kw)
        kind = type(self)
        for entry in _SET_BY_DEFAULT:
            if entry not in kind.__dict__:
                setattr(kind, entry, _MagicProxy(entry))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that is not callable."""


class MagicMock(MagicMixin, Mock):
    """A Mock with default implementations of most magic methods."""


class PropertyMock(Mock):
    """A mock meant to be set as a property on a class: getting the
    attribute calls it with no arguments, setting calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """Stop `mock` and its children from creating new attributes."""
    mock.__dict__["_mock_sealed"] = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(m, NonCallableMock):
            continue
        if m.__dict__["_mock_new_parent"] is mock:
            seal(m)


def _is_coroutine_function(func):
    while hasattr(func, "__func__"):
        func = func.__func__
    code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & 0x80)


class AsyncMockMixin:
    """Calls return coroutines; awaiting one records the await and gives
    the return value (or the side effect's outcome)."""

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d["await_count"] = 0
        d["await_args"] = None
        d["await_args_list"] = _CallList()

    async def _execute_mock_call(self, /, *args, **kwargs):
        this_call = _Call((args, kwargs), two=True)
        d = self.__dict__
        d["await_count"] += 1
        d["await_args"] = this_call
        d["await_args_list"].append(this_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif _is_coroutine_function(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self.__dict__["_mock_return_value"] is not DEFAULT:
            return self.return_value
        wraps = self.__dict__["_mock_wraps"]
        if wraps is not None:
            if _is_coroutine_function(wraps):
                return await wraps(*args, **kwargs)
            return wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError(f"Expected {self._name()} to have been awaited.")

    def assert_awaited_once(self):
        if not self.await_count == 1:
            raise AssertionError(f"Expected {self._name()} to have been awaited once."
                                 f" Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f"Expected await: {expected}\nNot awaited")
        if self.await_args != _Call((args, kwargs), two=True):
            message = "expected %s not found.\nExpected: %s\n  Actual: %s" % (
                "await", self._format_mock_call_signature(args, kwargs),
                self._format_mock_call_signature(*self.await_args))
            raise AssertionError(message)

    def assert_awaited_once_with(self, /, *args, **kwargs):
        if not self.await_count == 1:
            raise AssertionError(f"Expected {self._name()} to have been awaited once."
                                 f" Awaited {self.await_count} times.")
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        if _Call((args, kwargs), two=True) not in list(self.await_args_list):
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("%s await not found" % expected)

    def assert_has_awaits(self, calls, any_order=False):
        expected = list(calls)
        all_awaits = _CallList(self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                raise AssertionError(f"Awaits not found.\nExpected: {_CallList(calls)}\n"
                                     f"Actual: {self.await_args_list}")
            return
        not_found, _ = _unmatched(expected, all_awaits)
        if not_found:
            raise AssertionError("%r not all found in await list" % (tuple(not_found),))

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError(f"Expected {self._name()} to not have been awaited."
                                 f" Awaited {self.await_count} times.")

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        d = self.__dict__
        d["await_count"] = 0
        d["await_args"] = None
        d["await_args_list"] = _CallList()


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A mock of an async function: calling it returns a coroutine."""
