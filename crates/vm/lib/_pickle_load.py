"""The unpickler: runs a pickle program and returns the object it builds.

The machine has a stack, a list of marks (where a MARK opcode left the
stack), and the memo (index -> object). Each opcode is one method of
``Unpickler``, found through the ``dispatch`` table by its byte. Protocol
4 frames are read whole and served from memory.
"""

import sys
from struct import unpack as _unpack

import copyreg
from _pickle_common import *
from _pickle_common import (UnpicklingError, NAME_MAPPING, IMPORT_MAPPING,
                            getattribute, decode_long, raw_unicode_unescape,
                            escape_decode)

try:
    from _pickle_native import load as _native_load
except ImportError:
    _native_load = None


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class _Input:
    """The bytes of a pickle: a file read as needed, frames read whole."""

    def __init__(self, file):
        self.file_read = file.read
        self.file_readline = file.readline
        self.frame = None
        self.pos = 0

    def load_frame(self, size):
        if self.frame is not None and self.pos != len(self.frame):
            raise UnpicklingError(
                "beginning of a new frame before end of current frame")
        data = self.file_read(size)
        if len(data) < size:
            raise UnpicklingError("pickle data was truncated")
        self.frame = data
        self.pos = 0

    def read(self, n):
        frame = self.frame
        if frame is not None:
            end = self.pos + n
            if end <= len(frame):
                data = frame[self.pos:end]
                self.pos = end
                return data
            if self.pos != len(frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self.frame = None
        data = self.file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        frame = self.frame
        if frame is not None:
            end = frame.find(b"\n", self.pos)
            if end >= 0:
                data = frame[self.pos:end + 1]
                self.pos = end + 1
                return data
            if self.pos != len(frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self.frame = None
        data = self.file_readline()
        if not data.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return data


class _BytesInput(_Input):
    """The bytes of a pickle held in memory (``loads``)."""

    def __init__(self, data):
        self.data = bytes(data)
        self.start = 0
        self.frame = None
        self.pos = 0

    def load_frame(self, size):
        self.data_frame_check()
        self.frame = self.read(size)
        self.pos = 0

    def data_frame_check(self):
        if self.frame is not None and self.pos != len(self.frame):
            raise UnpicklingError(
                "beginning of a new frame before end of current frame")
        self.frame = None

    def file_read(self, n):
        data = self.data[self.start:self.start + n]
        self.start += len(data)
        return data

    def file_readline(self):
        end = self.data.find(b"\n", self.start)
        end = len(self.data) if end < 0 else end + 1
        data = self.data[self.start:end]
        self.start = end
        return data


class Unpickler:
    """Reads a pickle from a binary file (anything with ``read`` and
    ``readline``) and rebuilds the object it describes."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file = file
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Read one pickle and return the object it rebuilds."""
        if not hasattr(self, "_file"):
            raise UnpicklingError(
                "Unpickler.__init__() was not called by %s.__init__()"
                % type(self).__name__)
        if isinstance(self._file, _Input):
            self._input = self._file
        else:
            self._input = _Input(self._file)
        self.read = self._input.read
        self.readline = self._input.readline
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        source = self._input
        if _native_load is not None and type(source) is _BytesInput:
            # Pickles in memory run in the native loop, which calls the
            # handlers below for the opcodes it leaves to them.
            return _native_load(self, source, UnpicklingError)
        held = source.data if type(source) is _BytesInput else None
        dispatch = self.dispatch
        try:
            while True:
                # The opcode byte straight from the current frame, or from
                # the bytes of loads() outside frames, when one is left;
                # otherwise through read(), which ends the frame or reads
                # the file.
                frame = source.frame
                if frame is not None:
                    pos = source.pos
                    if pos < len(frame):
                        code = frame[pos]
                        source.pos = pos + 1
                    else:
                        code = self._opcode()[0]
                elif held is not None and source.start < len(held):
                    code = held[source.start]
                    source.start += 1
                else:
                    code = self._opcode()[0]
                handler = dispatch.get(code)
                if handler is None:
                    raise UnpicklingError(
                        "invalid load key, '%s'." % _key_repr(bytes([code])))
                handler(self)
        except _Stop as stop:
            return stop.value

    def _opcode(self):
        try:
            return self.read(1)
        except UnpicklingError:
            raise EOFError("Ran out of input") from None

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _underflow(self):
        if self.metastack:
            return UnpicklingError("unexpected MARK found")
        return UnpicklingError("unpickling stack underflow")

    def _pop(self):
        if not self.stack:
            raise self._underflow()
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise self._underflow()
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was "
                              "encountered,\nbut no persistent_load "
                              "function was specified.")

    def find_class(self, module, name):
        """The global ``module.name`` a GLOBAL or STACK_GLOBAL names."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in NAME_MAPPING:
                module, name = NAME_MAPPING[(module, name)]
            elif module in IMPORT_MAPPING:
                module = IMPORT_MAPPING[module]
        __import__(module, level=0)
        if self.proto >= 4:
            return getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)


def _key_repr(key):
    code = key[0]
    if 0x20 <= code <= 0x7e:
        return chr(code)
    return "\\x%02x" % code


def _load_proto(self):
    proto = self.read(1)[0]
    if not 0 <= proto <= HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % proto)
    self.proto = proto


def _load_frame(self):
    size, = _unpack("<Q", self.read(8))
    self._input.load_frame(size)


def _load_persid(self):
    try:
        pid = self.readline()[:-1].decode("ascii")
    except UnicodeDecodeError:
        raise UnpicklingError(
            "persistent IDs in protocol 0 must be ASCII strings") from None
    self.append(self.persistent_load(pid))


def _load_binpersid(self):
    self.append(self.persistent_load(self._pop()))


def _load_int(self):
    data = self.readline()
    if data == b"I00\n"[1:]:
        value = False
    elif data == b"I01\n"[1:]:
        value = True
    else:
        value = int(data.decode("ascii"))
    self.append(value)


def _load_long(self):
    text = self.readline()[:-1]
    if text and text[-1:] == b"L":
        text = text[:-1]
    self.append(int(text.decode("ascii")))


def _load_float(self):
    self.append(float(self.readline()[:-1].decode("ascii")))


def _decode_string(self, value):
    if self.encoding == "bytes":
        return value
    return value.decode(self.encoding, self.errors)


def _load_string(self):
    data = self.readline()[:-1]
    if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
        data = data[1:-1]
    else:
        raise UnpicklingError(
            "the STRING opcode argument must be quoted")
    self.append(_decode_string(self, escape_decode(data)))


def _sized(self, fmt, size):
    n, = _unpack(fmt, self.read(size))
    if n > sys.maxsize:
        raise UnpicklingError("BINBYTES exceeds system's maximum size "
                              "of %d bytes" % sys.maxsize)
    return self.read(n)


def _push_sized(fmt, size, convert):
    def load(self):
        self.append(convert(self, _sized(self, fmt, size)))
    return load


def _as_bytes(self, data):
    return bytes(data)


def _as_str(self, data):
    return str(data, "utf-8", "surrogatepass")


def _as_pystring(self, data):
    return _decode_string(self, bytes(data))


def _load_binint(self):
    self.append(_unpack("<i", self.read(4))[0])


def _load_binint1(self):
    self.append(self.read(1)[0])


def _load_binint2(self):
    self.append(_unpack("<H", self.read(2))[0])


def _load_long1(self):
    n = self.read(1)[0]
    self.append(decode_long(self.read(n)))


def _load_long4(self):
    n, = _unpack("<i", self.read(4))
    if n < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    self.append(decode_long(self.read(n)))


def _load_binfloat(self):
    self.append(_unpack(">d", self.read(8))[0])


def _load_unicode(self):
    self.append(raw_unicode_unescape(self.readline()[:-1]))


def _load_bytearray8(self):
    self.append(bytearray(_sized(self, "<Q", 8)))


def _load_next_buffer(self):
    if self._buffers is None:
        raise UnpicklingError("pickle stream refers to out-of-band data "
                              "but no *buffers* argument was given")
    try:
        buf = next(self._buffers)
    except StopIteration:
        raise UnpicklingError("not enough out-of-band buffers") from None
    self.append(buf)


def _load_readonly_buffer(self):
    self._top()


def _load_tuple(self):
    items = self.pop_mark()
    self.append(tuple(items))


def _tuple_n(n):
    def load(self):
        if len(self.stack) < n:
            raise UnpicklingError("unpickling stack underflow")
        items = tuple(self.stack[len(self.stack) - n:])
        del self.stack[len(self.stack) - n:]
        self.append(items)
    return load


def _push_const(value):
    def load(self):
        self.append(value)
    return load


def _load_empty_list(self):
    self.append([])


def _load_empty_dict(self):
    self.append({})


def _load_empty_set(self):
    self.append(set())


def _load_frozenset(self):
    items = self.pop_mark()
    self.append(frozenset(items))


def _load_list(self):
    items = self.pop_mark()
    self.append(items)


def _load_dict(self):
    items = self.pop_mark()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for DICT")
    self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})


def _instantiate(self, klass, args):
    if (args or not isinstance(klass, type)
            or hasattr(klass, "__getinitargs__")):
        value = klass(*args)
    else:
        value = klass.__new__(klass)
    self.append(value)


def _load_inst(self):
    module = self.readline()[:-1].decode("ascii")
    name = self.readline()[:-1].decode("ascii")
    klass = self.find_class(module, name)
    _instantiate(self, klass, self.pop_mark())


def _load_obj(self):
    args = self.pop_mark()
    if not args:
        raise UnpicklingError("unpickling stack underflow")
    _instantiate(self, args.pop(0), args)


def _check_newobj(opname, cls, args, kwargs=None):
    if not isinstance(cls, type):
        raise UnpicklingError("%s class argument must be a type, not %s"
                              % (opname, type(cls).__name__))
    if not isinstance(args, tuple):
        raise UnpicklingError("%s args argument must be a tuple, not %s"
                              % (opname, type(args).__name__))
    if kwargs is not None and not isinstance(kwargs, dict):
        raise UnpicklingError("%s kwargs argument must be a dict, not %s"
                              % (opname, type(kwargs).__name__))


def _load_newobj(self):
    args = self._pop()
    cls = self._pop()
    _check_newobj("NEWOBJ", cls, args)
    self.append(cls.__new__(cls, *args))


def _load_newobj_ex(self):
    kwargs = self._pop()
    args = self._pop()
    cls = self._pop()
    _check_newobj("NEWOBJ_EX", cls, args, kwargs)
    self.append(cls.__new__(cls, *args, **kwargs))


def _load_global(self):
    module = self.readline()[:-1].decode("utf-8")
    name = self.readline()[:-1].decode("utf-8")
    self.append(self.find_class(module, name))


def _load_stack_global(self):
    name = self._pop()
    module = self._pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    self.append(self.find_class(module, name))


def _get_extension(self, code):
    obj = copyreg._extension_cache.get(code, None)
    if obj is not None:
        self.append(obj)
        return
    key = copyreg._inverted_registry.get(code)
    if not key:
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        raise ValueError("unregistered extension code %d" % code)
    obj = self.find_class(*key)
    copyreg._extension_cache[code] = obj
    self.append(obj)


def _load_ext1(self):
    _get_extension(self, self.read(1)[0])


def _load_ext2(self):
    _get_extension(self, _unpack("<H", self.read(2))[0])


def _load_ext4(self):
    _get_extension(self, _unpack("<i", self.read(4))[0])


def _load_reduce(self):
    args = self._pop()
    func = self._pop()
    self.append(func(*args))


def _load_pop(self):
    if self.stack:
        del self.stack[-1]
    elif self.metastack:
        self.pop_mark()
    else:
        raise self._underflow()


def _load_pop_mark(self):
    self.pop_mark()


def _load_dup(self):
    self.append(self._top())


def _memo_get(self, index):
    try:
        self.append(self.memo[index])
    except KeyError:
        raise UnpicklingError("Memo value not found at index %d"
                              % index) from None


def _load_get(self):
    _memo_get(self, int(self.readline()[:-1].decode("ascii")))


def _load_binget(self):
    _memo_get(self, self.read(1)[0])


def _load_long_binget(self):
    _memo_get(self, _unpack("<I", self.read(4))[0])


def _load_put(self):
    index = int(self.readline()[:-1].decode("ascii"))
    if index < 0:
        raise ValueError("negative PUT argument")
    self.memo[index] = self._top()


def _load_binput(self):
    self.memo[self.read(1)[0]] = self._top()


def _load_long_binput(self):
    index, = _unpack("<I", self.read(4))
    if index > sys.maxsize:
        raise ValueError("negative LONG_BINPUT argument")
    self.memo[index] = self._top()


def _load_memoize(self):
    self.memo[len(self.memo)] = self._top()


def _load_append(self):
    value = self._pop()
    self._top().append(value)


def _load_appends(self):
    items = self.pop_mark()
    target = self._top()
    if isinstance(target, list):
        target.extend(items)
        return
    extend = getattr(target, "extend", None)
    if extend is not None:
        extend(items)
        return
    for item in items:
        target.append(item)


def _load_setitem(self):
    value = self._pop()
    key = self._pop()
    self._top()[key] = value


def _load_setitems(self):
    items = self.pop_mark()
    target = self._top()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for SETITEMS")
    for i in range(0, len(items), 2):
        target[items[i]] = items[i + 1]


def _load_additems(self):
    items = self.pop_mark()
    target = self._top()
    if isinstance(target, set):
        target.update(items)
        return
    for item in items:
        target.add(item)


def _load_build(self):
    state = self._pop()
    inst = self._top()
    setstate = getattr(inst, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        if not isinstance(state, dict):
            raise UnpicklingError("state is not a dictionary")
        inst_dict = inst.__dict__
        intern = sys.intern
        for k, v in state.items():
            if type(k) is str:
                inst_dict[intern(k)] = v
            else:
                inst_dict[k] = v
    if slotstate:
        if not isinstance(slotstate, dict):
            raise UnpicklingError("slot state is not a dictionary")
        for k, v in slotstate.items():
            setattr(inst, k, v)


def _load_mark(self):
    self.metastack.append(self.stack)
    self.stack = []
    self.append = self.stack.append


def _load_stop(self):
    raise _Stop(self._pop())


Unpickler.dispatch = {
    PROTO[0]: _load_proto,
    FRAME[0]: _load_frame,
    PERSID[0]: _load_persid,
    BINPERSID[0]: _load_binpersid,
    NONE[0]: _push_const(None),
    NEWFALSE[0]: _push_const(False),
    NEWTRUE[0]: _push_const(True),
    INT[0]: _load_int,
    BININT[0]: _load_binint,
    BININT1[0]: _load_binint1,
    BININT2[0]: _load_binint2,
    LONG[0]: _load_long,
    LONG1[0]: _load_long1,
    LONG4[0]: _load_long4,
    FLOAT[0]: _load_float,
    BINFLOAT[0]: _load_binfloat,
    STRING[0]: _load_string,
    BINSTRING[0]: _push_sized("<i", 4, _as_pystring),
    SHORT_BINSTRING[0]: _push_sized("<B", 1, _as_pystring),
    BINBYTES[0]: _push_sized("<I", 4, _as_bytes),
    SHORT_BINBYTES[0]: _push_sized("<B", 1, _as_bytes),
    BINBYTES8[0]: _push_sized("<Q", 8, _as_bytes),
    UNICODE[0]: _load_unicode,
    BINUNICODE[0]: _push_sized("<I", 4, _as_str),
    SHORT_BINUNICODE[0]: _push_sized("<B", 1, _as_str),
    BINUNICODE8[0]: _push_sized("<Q", 8, _as_str),
    BYTEARRAY8[0]: _load_bytearray8,
    NEXT_BUFFER[0]: _load_next_buffer,
    READONLY_BUFFER[0]: _load_readonly_buffer,
    TUPLE[0]: _load_tuple,
    EMPTY_TUPLE[0]: _push_const(()),
    TUPLE1[0]: _tuple_n(1),
    TUPLE2[0]: _tuple_n(2),
    TUPLE3[0]: _tuple_n(3),
    EMPTY_LIST[0]: _load_empty_list,
    EMPTY_DICT[0]: _load_empty_dict,
    EMPTY_SET[0]: _load_empty_set,
    FROZENSET[0]: _load_frozenset,
    LIST[0]: _load_list,
    DICT[0]: _load_dict,
    INST[0]: _load_inst,
    OBJ[0]: _load_obj,
    NEWOBJ[0]: _load_newobj,
    NEWOBJ_EX[0]: _load_newobj_ex,
    GLOBAL[0]: _load_global,
    STACK_GLOBAL[0]: _load_stack_global,
    EXT1[0]: _load_ext1,
    EXT2[0]: _load_ext2,
    EXT4[0]: _load_ext4,
    REDUCE[0]: _load_reduce,
    POP[0]: _load_pop,
    POP_MARK[0]: _load_pop_mark,
    DUP[0]: _load_dup,
    GET[0]: _load_get,
    BINGET[0]: _load_binget,
    LONG_BINGET[0]: _load_long_binget,
    PUT[0]: _load_put,
    BINPUT[0]: _load_binput,
    LONG_BINPUT[0]: _load_long_binput,
    MEMOIZE[0]: _load_memoize,
    APPEND[0]: _load_append,
    APPENDS[0]: _load_appends,
    SETITEM[0]: _load_setitem,
    SETITEMS[0]: _load_setitems,
    ADDITEMS[0]: _load_additems,
    BUILD[0]: _load_build,
    MARK[0]: _load_mark,
    STOP[0]: _load_stop,
}
