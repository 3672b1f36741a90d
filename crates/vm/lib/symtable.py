"""The scopes of a piece of Python source and the names in each, with
CPython 3.11's `symtable` interface: `symtable(code, filename, mode)`
returns the module's `SymbolTable`, whose children are `Function` and
`Class` tables, and whose names are `Symbol`s.

The tables are the compiler's own scope analysis (`_symtable`), the one
it generates code from.
"""

import _symtable

__all__ = ["symtable", "SymbolTable", "Class", "Function", "Symbol"]

DEF_GLOBAL = 1
DEF_LOCAL = 2
DEF_PARAM = 4
DEF_NONLOCAL = 8
USE = 16
DEF_FREE = 32
DEF_FREE_CLASS = 64
DEF_IMPORT = 128
DEF_ANNOT = 256
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT
SCOPE_OFF = 11
SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL
LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL = 1, 2, 3, 4, 5


def symtable(code, filename, compile_type):
    """The symbol table of the module `code` (a str)."""
    if isinstance(code, (bytes, bytearray)):
        code = bytes(code).decode("utf-8")
    raw = _symtable.symtable(code, filename, compile_type)
    return _new_table(raw, filename)


def _new_table(raw, filename):
    kind = raw[1]
    if kind == "function":
        return Function(raw, filename)
    if kind == "class":
        return Class(raw, filename)
    return SymbolTable(raw, filename)


def _scope(flags):
    return (flags >> SCOPE_OFF) & SCOPE_MASK


class SymbolTable:
    def __init__(self, raw, filename):
        self._name, self._type, self._lineno, self._nested, symbols, children = raw
        self._raw_children = children
        self._filename = filename
        self._flags = dict(symbols)
        self._symbols = {}
        self._children = None

    def __repr__(self):
        kind = "" if type(self) is SymbolTable else type(self).__name__ + " "
        if self._name == "top":
            return "<%sSymbolTable for module %s>" % (kind, self._filename)
        return "<%sSymbolTable for %s in %s>" % (kind, self._name, self._filename)

    def get_type(self):
        """'module', 'class' or 'function'."""
        return self._type

    def get_id(self):
        return id(self)

    def get_name(self):
        return self._name

    def get_lineno(self):
        return self._lineno

    def is_optimized(self):
        """Whether the scope's locals are fast locals (a function)."""
        return self._type == "function"

    def is_nested(self):
        return bool(self._nested)

    def has_children(self):
        return bool(self._raw_children)

    def get_identifiers(self):
        return self._flags.keys()

    def lookup(self, name):
        symbol = self._symbols.get(name)
        if symbol is None:
            flags = self._flags[name]
            namespaces = [child for child in self.get_children() if child.get_name() == name]
            module_scope = self._name == "top"
            symbol = Symbol(name, flags, namespaces, module_scope=module_scope)
            self._symbols[name] = symbol
        return symbol

    def get_symbols(self):
        return [self.lookup(name) for name in self.get_identifiers()]

    def get_children(self):
        if self._children is None:
            self._children = [_new_table(raw, self._filename) for raw in self._raw_children]
        return self._children


class Function(SymbolTable):
    def _names(self, test):
        return tuple(name for name, flags in self._flags.items() if test(flags))

    def get_parameters(self):
        return self._names(lambda flags: flags & DEF_PARAM)

    def get_locals(self):
        return self._names(lambda flags: _scope(flags) in (LOCAL, CELL))

    def get_globals(self):
        return self._names(lambda flags: _scope(flags) in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT))

    def get_nonlocals(self):
        return self._names(lambda flags: flags & DEF_NONLOCAL)

    def get_frees(self):
        return self._names(lambda flags: _scope(flags) == FREE)


class Class(SymbolTable):
    def get_methods(self):
        return tuple(dict.fromkeys(child.get_name() for child in self.get_children()))


class Symbol:
    def __init__(self, name, flags, namespaces=None, *, module_scope=False):
        self.__name = name
        self.__flags = flags
        self.__scope = _scope(flags)
        self.__namespaces = namespaces or ()
        self.__module_scope = module_scope

    def __repr__(self):
        return "<symbol {0!r}>".format(self.__name)

    def get_name(self):
        return self.__name

    def is_referenced(self):
        return bool(self.__flags & USE)

    def is_parameter(self):
        return bool(self.__flags & DEF_PARAM)

    def is_global(self):
        return bool(self.__scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT)
                    or (self.__module_scope and self.__flags & DEF_BOUND))

    def is_nonlocal(self):
        return bool(self.__flags & DEF_NONLOCAL)

    def is_declared_global(self):
        return bool(self.__scope == GLOBAL_EXPLICIT)

    def is_local(self):
        return bool(self.__scope in (LOCAL, CELL)
                    or (self.__module_scope and self.__flags & DEF_BOUND))

    def is_annotated(self):
        return bool(self.__flags & DEF_ANNOT)

    def is_free(self):
        return bool(self.__scope == FREE)

    def is_imported(self):
        return bool(self.__flags & DEF_IMPORT)

    def is_assigned(self):
        return bool(self.__flags & DEF_LOCAL)

    def is_namespace(self):
        """Whether the name is bound to a function or class body."""
        return bool(self.__namespaces)

    def get_namespaces(self):
        return self.__namespaces

    def get_namespace(self):
        if not self.__namespaces:
            raise ValueError("name is not bound to any namespaces")
        if len(self.__namespaces) > 1:
            raise ValueError("name is bound to multiple namespaces")
        return self.__namespaces[0]
