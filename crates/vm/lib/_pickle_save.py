"""How the pickler writes containers and references to globals.

A container is memoized as soon as it exists on the unpickler's stack
(an empty list, dict or set is made first, then filled in batches), so a
container that holds itself is written once. A tuple is built from its
items, so one that holds itself through a list is found in the memo after
its items are written: the items are then popped and the memoized tuple
fetched instead.

A global (function, class) is written as its module and qualified name;
the pickler checks that importing that name gives back the same object.
"""

import sys
from struct import pack as _pack

from copyreg import _extension_registry
from _pickle_common import *
from _pickle_common import (PicklingError, REVERSE_NAME_MAPPING,
                            REVERSE_IMPORT_MAPPING, getattribute,
                            whichmodule)

_BATCHSIZE = 1000
_SINGLETON_TYPES = {type(None): None, type(NotImplemented): NotImplemented,
                    type(...): ...}


class ContainerSaves:
    """The pickler's methods for tuples, lists, dicts, sets and globals."""

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            found = memo.get(id(obj))
            if found is not None:
                self.write(POP * n + self.get(found[0]))
            else:
                self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        found = memo.get(id(obj))
        if found is not None:
            if self.bin:
                self.write(POP_MARK + self.get(found[0]))
            else:
                self.write(POP * (n + 1) + self.get(found[0]))
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        if not self.bin or len(obj) <= 1:
            self._batch_appends(obj)
            return
        # A list (not an iterator of items) is written in batches that
        # are all MARK ... APPENDS, as CPython writes them.
        for start in range(0, len(obj), _BATCHSIZE):
            self.write(MARK)
            for x in obj[start:start + _BATCHSIZE]:
                self.save(x)
            self.write(APPENDS)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif n:
                save(batch[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        if not self.bin or len(obj) <= 1:
            self._batch_setitems(obj.items())
            return
        # A dict's batches are all MARK ... SETITEMS; when its size is a
        # multiple of the batch size an empty batch ends them, as in
        # CPython's output.
        items = iter(obj.items())
        while True:
            self.write(MARK)
            n = 0
            for k, v in items:
                self.save(k)
                self.save(v)
                n += 1
                if n == _BATCHSIZE:
                    break
            self.write(SETITEMS)
            if n < _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            batch = []
            for item in it:
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write = self.write
        write(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        it = iter(obj)
        while True:
            write(MARK)
            n = 0
            for x in it:
                self.save(x)
                n += 1
                if n == _BATCHSIZE:
                    break
            write(ADDITEMS)
            if n < _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self.write
        write(MARK)
        for x in obj:
            self.save(x)
        found = self.memo.get(id(obj))
        if found is not None:
            write(POP_MARK + self.get(found[0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    def save_type(self, obj):
        if obj in _SINGLETON_TYPES:
            self.save_reduce(type, (_SINGLETON_TYPES[obj],), obj=obj)
            return
        self.save_global(obj)

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        if "<locals>" in name.split("."):
            raise AttributeError(f"Can't pickle local object {name!r}")
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            found, parent = getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError(
                "Can't pickle %r: attribute lookup %s on %s failed"
                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError(
                "Can't pickle %r: it's not the same object as %s.%s"
                % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + _pack("<B", code))
                elif code <= 0xffff:
                    write(EXT2 + _pack("<H", code))
                else:
                    write(EXT4 + _pack("<i", code))
                return
        last_name = name.rpartition(".")[2]
        if parent is module:
            name = last_name
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, last_name))
        else:
            if self.fix_imports:
                if (module_name, name) in REVERSE_NAME_MAPPING:
                    module_name, name = REVERSE_NAME_MAPPING[
                        (module_name, name)]
                elif module_name in REVERSE_IMPORT_MAPPING:
                    module_name = REVERSE_IMPORT_MAPPING[module_name]
            try:
                encoded = (bytes(module_name, "ascii") + b"\n"
                           + bytes(name, "ascii") + b"\n")
            except UnicodeEncodeError:
                raise PicklingError(
                    "can't pickle global identifier '%s.%s' using "
                    "pickle protocol %i" % (module_name, name,
                                            self.proto)) from None
            write(GLOBAL + encoded)
        self.memoize(obj)
