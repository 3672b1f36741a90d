"""The pickler: an object graph written as a pickle program.

``Pickler.save`` writes one object: by its atomic opcode (None, bools,
ints, floats, str, bytes), as a container built then filled (list, dict,
set, tuple), by reference to a global (functions, classes), or through
its reduction (``__reduce_ex__``), the general route. Every object that
can be referred to twice is memoized, so shared and recursive structure
survive the round trip. Protocol 4 and later group the output in frames.

The bytes written are those CPython's pickler writes for the same objects
at the same protocol.
"""

import sys
from struct import pack as _pack

import copyreg
from copyreg import dispatch_table, _extension_registry
from _pickle_common import *
from _pickle_common import (PicklingError, encode_long,
                            raw_unicode_escape)
from _pickle_save import ContainerSaves

try:
    from _pickle_native import save as _native_save
except ImportError:
    _native_save = None

_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_SIZE_MIN = 4

_FunctionType = type(encode_long)
_BuiltinFunctionType = type(len)


def _is_builtin_class(cls):
    module = getattr(cls, "__module__", None)
    return module == "builtins" or module in sys.builtin_module_names


def _defining_class(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
    return None


def _type_name(cls):
    if _is_builtin_class(cls) and cls.__module__ != "builtins":
        return f"{cls.__module__}.{cls.__qualname__}"
    return cls.__name__


# Arguments ``cls.__new__`` needs to remake an instance of a subclass of
# these built-in types (what their ``__getnewargs__`` gives).
_NEW_ARG_BASES = (int, float, complex, str, bytes, tuple)


def _new_arguments(obj, cls):
    """``(args, kwargs)`` from ``__getnewargs_ex__``/``__getnewargs__``,
    with ``args`` None when the class defines neither."""
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        result = getnewargs_ex()
        if not isinstance(result, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, "
                            f"not '{type(result).__name__}'")
        if len(result) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of "
                             f"length 2, not {len(result)}")
        args, kwargs = result
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, "
                            f"not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, "
                            f"not '{type(kwargs).__name__}'")
        return args, kwargs
    getnewargs = getattr(obj, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, "
                            f"not '{type(args).__name__}'")
        return args, None
    for base in _NEW_ARG_BASES:
        if isinstance(obj, base):
            return (base(obj),), None
    return None, None


def _object_state(obj, cls, required):
    """What ``obj.__getstate__()`` gives, refusing an object of a built-in
    type whose contents a default state cannot hold."""
    getstate = _defining_class(cls, "__getstate__")
    if getstate is not None and getstate is not object:
        return obj.__getstate__()
    if required:
        for klass in cls.__mro__:
            if klass is object:
                break
            if _is_builtin_class(klass) and klass not in (list, dict):
                raise TypeError(f"cannot pickle '{_type_name(cls)}' object")
    try:
        state = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        state = None
    if not state:
        state = None
    slots = {}
    for name in copyreg._slotnames(cls):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        state = (state, slots)
    return state


def _reduce_builtin_subclass(obj, cls, proto):
    """The reduction of a set, frozenset or bytearray (or a subclass's
    instance), as those types' own ``__reduce__`` gives it."""
    state = _object_state(obj, cls, False)
    if isinstance(obj, (set, frozenset)):
        return cls, (list(obj),), state
    if not obj:
        return cls, (), state
    return cls, (bytes(obj),), state


def default_reduce(obj, proto):
    """What ``object.__reduce_ex__(proto)`` gives for ``obj``."""
    cls = type(obj)
    if obj is ... or obj is NotImplemented:
        return repr(obj)
    if isinstance(obj, (set, frozenset, bytearray)):
        return _reduce_builtin_subclass(obj, cls, proto)
    if isinstance(obj, range):
        return range, (obj.start, obj.stop, obj.step)
    if isinstance(obj, slice):
        return slice, (obj.start, obj.stop, obj.step)
    if proto < 2:
        return copyreg._reduce_ex(obj, proto)
    args, kwargs = _new_arguments(obj, cls)
    if not kwargs:
        func = copyreg.__newobj__
        func_args = (cls,) + (args or ())
    else:
        func = copyreg.__newobj_ex__
        func_args = (cls, args, kwargs)
    required = args is None and not isinstance(obj, (list, dict))
    state = _object_state(obj, cls, required)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, func_args, state, listitems, dictitems


class _Framer:
    """Output in protocol 4's frames: the current frame's bytes are kept
    apart until it is committed behind a FRAME header."""

    def __init__(self, out):
        self.out = out
        self.current = None

    def start(self):
        self.current = bytearray()

    def end(self):
        if self.current is not None:
            self.commit(force=True)
            self.current = None

    def commit(self, force=False):
        """End the current frame if it has reached the target size (or
        ``force``); the pickler asks after each item of a container."""
        data = self.current
        if data is None or not data:
            return
        if len(data) >= _FRAME_SIZE_TARGET or force:
            if len(data) >= _FRAME_SIZE_MIN:
                self.out.extend(FRAME + _pack("<Q", len(data)))
            self.out.extend(data)
            self.current = bytearray()

    def write(self, data):
        if self.current is not None:
            self.current.extend(data)
        else:
            self.out.extend(data)

    def write_bytes(self, header, payload):
        """An opcode with a bytes or text argument: one as large as a
        frame goes between frames, after the current one ends."""
        if self.current is not None and len(payload) >= _FRAME_SIZE_TARGET:
            self.commit(force=True)
            self.out.extend(header)
            self.out.extend(payload)
            return
        self.write(header + payload)


class Pickler(ContainerSaves):
    """Writes pickles of objects to a binary file (anything with a
    ``write`` method taking bytes)."""

    # What rebuilds an instance reduced by object's default below
    # protocol 2; the native loop writes that reduction itself.
    _reconstructor = staticmethod(copyreg._reconstructor)

    def __init__(self, file, protocol=None, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d"
                             % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError(
                "buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._buffer_callback = buffer_callback
        self.memo = {}
        self._native = False

    def clear_memo(self):
        """Forget the objects pickled so far (later dumps repeat them)."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickle of ``obj``."""
        if not hasattr(self, "_file_write"):
            raise PicklingError(
                "Pickler.__init__() was not called by %s.__init__()"
                % type(self).__name__)
        out = bytearray()
        self._framer = _Framer(out)
        self.write = self._framer.write
        # The native loop writes the built-in values itself; it has no
        # place for a persistent_id hook or for fast mode's missing memo.
        self._native = (_native_save is not None and not self.fast
                        and type(self).persistent_id is Pickler.persistent_id
                        and "persistent_id" not in self.__dict__)
        # Instances may be reduced natively only while nothing replaces
        # the standard way to find their reduction.
        plain = (getattr(self, "reducer_override", None) is None
                 and getattr(self, "dispatch_table", dispatch_table)
                 is dispatch_table)
        self._plain_dispatch = dispatch_table if plain else None
        if self.proto >= 2:
            out.extend(PROTO + _pack("<B", self.proto))
        if self.proto >= 4:
            self._framer.start()
        self.save(obj)
        self.write(STOP)
        self._framer.end()
        self._file_write(bytes(out))

    # The memo: id(obj) -> (index, obj); holding obj keeps its id unique.

    def memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        self.write(self.put(index))
        self.memo[id(obj)] = index, obj

    def put(self, index):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if index < 256:
                return BINPUT + _pack("<B", index)
            return LONG_BINPUT + _pack("<I", index)
        return PUT + repr(index).encode("ascii") + b"\n"

    def get(self, index):
        if self.bin:
            if index < 256:
                return BINGET + _pack("<B", index)
            return LONG_BINGET + _pack("<I", index)
        return GET + repr(index).encode("ascii") + b"\n"

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        if self._native:
            _native_save(self, obj)
            return
        # Each object starts a new frame once the current one has reached
        # the target size (the test is commit()'s own, made here first as
        # most objects find the frame still short).
        current = self._framer.current
        if current is not None and len(current) >= _FRAME_SIZE_TARGET:
            self._framer.commit()
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        cls = type(obj)
        if obj is None:
            self.write(NONE)
            return
        if cls is bool:
            self.save_bool(obj)
            return
        if cls is int:
            self.save_long(obj)
            return
        if cls is float:
            self.save_float(obj)
            return
        self._save_other(obj)

    def _save_other(self, obj):
        """Writes an object that is not None, a bool, an int or a float:
        by reference to the memo, by its type's own saver, or by its
        reduction."""
        found = self.memo.get(id(obj))
        if found is not None:
            self.write(self.get(found[0]))
            return
        cls = type(obj)
        saver = self._exact_savers.get(cls)
        if saver is not None:
            saver(self, obj)
            return
        reducer_override = getattr(self, "reducer_override", None)
        rv = NotImplemented
        if reducer_override is not None:
            rv = reducer_override(obj)
        if rv is NotImplemented:
            if cls is _FunctionType or cls is _BuiltinFunctionType:
                self.save_global(obj)
                return
            reduce = getattr(self, "dispatch_table", dispatch_table).get(cls)
            if reduce is not None:
                rv = reduce(obj)
            elif isinstance(obj, type):
                self.save_type(obj)
                return
            else:
                rv = self._reduce(obj, cls)
        self._save_reduced(obj, rv)

    def _save_reduced(self, obj, rv):
        """Writes ``obj`` by its reduction ``rv``: a global's name, or a
        tuple of 2 to 6 items for ``save_reduce``."""
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must "
                                "contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def _reduce(self, obj, cls):
        owner = _defining_class(cls, "__reduce_ex__")
        if owner is not None and owner is not object:
            return obj.__reduce_ex__(self.proto)
        owner = _defining_class(cls, "__reduce__")
        if owner is not None and owner is not object:
            return obj.__reduce__()
        return default_reduce(obj, self.proto)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
            return
        try:
            self.write(PERSID + str(pid).encode("ascii") + b"\n")
        except UnicodeEncodeError:
            raise PicklingError("persistent IDs in protocol 0 must be "
                                "ASCII strings") from None

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has "
                                    "no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has "
                                    "the wrong class")
            if self.proto >= 4:
                self.save(cls)
                self.save(args)
                self.save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                self.save(func)
                self.save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no "
                                    "__new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            self.save(cls)
            self.save(args[1:])
            write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            write(REDUCE)
        if obj is not None:
            found = self.memo.get(id(obj))
            if found is not None:
                write(POP + self.get(found[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # Atomic values.

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + _pack("<B", obj))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + _pack("<H", obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + _pack("<i", obj))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + _pack("<B", n) + encoded)
            else:
                self.write(LONG4 + _pack("<i", n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b"\n")
        else:
            self.write(LONG + repr(obj).encode("ascii") + b"L\n")

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _pack(">d", obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b"\n")

    def _save_bytes_data(self, obj):
        n = len(obj)
        if n <= 0xff:
            header = SHORT_BINBYTES + _pack("<B", n)
        elif n > 0xffffffff and self.proto >= 4:
            header = BINBYTES8 + _pack("<Q", n)
        else:
            header = BINBYTES + _pack("<I", n)
        self._framer.write_bytes(header, obj)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import codecs
                self.save_reduce(codecs.encode,
                                 (str(obj, "latin1"), "latin1"), obj=obj)
            return
        self._save_bytes_data(obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(*default_reduce(obj, self.proto), obj=obj)
            return
        self._framer.write_bytes(BYTEARRAY8 + _pack("<Q", len(obj)),
                                 bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode("utf-8")
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                header = SHORT_BINUNICODE + _pack("<B", n)
            elif n > 0xffffffff and self.proto >= 4:
                header = BINUNICODE8 + _pack("<Q", n)
            else:
                header = BINUNICODE + _pack("<I", n)
            self._framer.write_bytes(header, encoded)
        else:
            self.write(UNICODE + raw_unicode_escape(obj) + b"\n")
        self.memoize(obj)


Pickler._exact_savers = {
    bytes: Pickler.save_bytes,
    str: Pickler.save_str,
    bytearray: Pickler.save_bytearray,
    tuple: Pickler.save_tuple,
    list: Pickler.save_list,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
}
