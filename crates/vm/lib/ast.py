"""Python syntax trees, with CPython 3.11's `ast` interface: `parse`, the
node classes with their `_fields` and `_attributes`, `dump`,
`literal_eval`, `walk`, `NodeVisitor`, `NodeTransformer` and the helpers
for locations and docstrings.

`parse` asks the parser for its tree written as `ast.dump` text with
positions (`_ast.dump_source`); that text is an expression of node
constructors, evaluated here with the node classes, so the tree is the
parser's own, node for node.
"""

import _ast

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError(
                "%s constructor takes at most %d positional argument%s"
                % (type(self).__name__, len(fields), "" if len(fields) == 1 else "s")
            )
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


# name:base:fields:attributes, in the grammar's order; a trailing `?`
# marks an optional field or attribute, None unless given.
_NODES = [
    "mod:AST::",
    "Module:mod:body type_ignores:",
    "Interactive:mod:body:",
    "Expression:mod:body:",
    "FunctionType:mod:argtypes returns:",
    "stmt:AST::lineno col_offset end_lineno? end_col_offset?",
    "FunctionDef:stmt:name args body decorator_list returns? type_comment?:lineno col_offset end_lineno? end_col_offset?",
    "AsyncFunctionDef:stmt:name args body decorator_list returns? type_comment?:lineno col_offset end_lineno? end_col_offset?",
    "ClassDef:stmt:name bases keywords body decorator_list:lineno col_offset end_lineno? end_col_offset?",
    "Return:stmt:value?:lineno col_offset end_lineno? end_col_offset?",
    "Delete:stmt:targets:lineno col_offset end_lineno? end_col_offset?",
    "Assign:stmt:targets value type_comment?:lineno col_offset end_lineno? end_col_offset?",
    "AugAssign:stmt:target op value:lineno col_offset end_lineno? end_col_offset?",
    "AnnAssign:stmt:target annotation value? simple:lineno col_offset end_lineno? end_col_offset?",
    "For:stmt:target iter body orelse type_comment?:lineno col_offset end_lineno? end_col_offset?",
    "AsyncFor:stmt:target iter body orelse type_comment?:lineno col_offset end_lineno? end_col_offset?",
    "While:stmt:test body orelse:lineno col_offset end_lineno? end_col_offset?",
    "If:stmt:test body orelse:lineno col_offset end_lineno? end_col_offset?",
    "With:stmt:items body type_comment?:lineno col_offset end_lineno? end_col_offset?",
    "AsyncWith:stmt:items body type_comment?:lineno col_offset end_lineno? end_col_offset?",
    "Match:stmt:subject cases:lineno col_offset end_lineno? end_col_offset?",
    "Raise:stmt:exc? cause?:lineno col_offset end_lineno? end_col_offset?",
    "Try:stmt:body handlers orelse finalbody:lineno col_offset end_lineno? end_col_offset?",
    "TryStar:stmt:body handlers orelse finalbody:lineno col_offset end_lineno? end_col_offset?",
    "Assert:stmt:test msg?:lineno col_offset end_lineno? end_col_offset?",
    "Import:stmt:names:lineno col_offset end_lineno? end_col_offset?",
    "ImportFrom:stmt:module? names level?:lineno col_offset end_lineno? end_col_offset?",
    "Global:stmt:names:lineno col_offset end_lineno? end_col_offset?",
    "Nonlocal:stmt:names:lineno col_offset end_lineno? end_col_offset?",
    "Expr:stmt:value:lineno col_offset end_lineno? end_col_offset?",
    "Pass:stmt::lineno col_offset end_lineno? end_col_offset?",
    "Break:stmt::lineno col_offset end_lineno? end_col_offset?",
    "Continue:stmt::lineno col_offset end_lineno? end_col_offset?",
    "expr:AST::lineno col_offset end_lineno? end_col_offset?",
    "BoolOp:expr:op values:lineno col_offset end_lineno? end_col_offset?",
    "NamedExpr:expr:target value:lineno col_offset end_lineno? end_col_offset?",
    "BinOp:expr:left op right:lineno col_offset end_lineno? end_col_offset?",
    "UnaryOp:expr:op operand:lineno col_offset end_lineno? end_col_offset?",
    "Lambda:expr:args body:lineno col_offset end_lineno? end_col_offset?",
    "IfExp:expr:test body orelse:lineno col_offset end_lineno? end_col_offset?",
    "Dict:expr:keys values:lineno col_offset end_lineno? end_col_offset?",
    "Set:expr:elts:lineno col_offset end_lineno? end_col_offset?",
    "ListComp:expr:elt generators:lineno col_offset end_lineno? end_col_offset?",
    "SetComp:expr:elt generators:lineno col_offset end_lineno? end_col_offset?",
    "DictComp:expr:key value generators:lineno col_offset end_lineno? end_col_offset?",
    "GeneratorExp:expr:elt generators:lineno col_offset end_lineno? end_col_offset?",
    "Await:expr:value:lineno col_offset end_lineno? end_col_offset?",
    "Yield:expr:value?:lineno col_offset end_lineno? end_col_offset?",
    "YieldFrom:expr:value:lineno col_offset end_lineno? end_col_offset?",
    "Compare:expr:left ops comparators:lineno col_offset end_lineno? end_col_offset?",
    "Call:expr:func args keywords:lineno col_offset end_lineno? end_col_offset?",
    "FormattedValue:expr:value conversion format_spec?:lineno col_offset end_lineno? end_col_offset?",
    "JoinedStr:expr:values:lineno col_offset end_lineno? end_col_offset?",
    "Constant:expr:value kind?:lineno col_offset end_lineno? end_col_offset?",
    "Attribute:expr:value attr ctx:lineno col_offset end_lineno? end_col_offset?",
    "Subscript:expr:value slice ctx:lineno col_offset end_lineno? end_col_offset?",
    "Starred:expr:value ctx:lineno col_offset end_lineno? end_col_offset?",
    "Name:expr:id ctx:lineno col_offset end_lineno? end_col_offset?",
    "List:expr:elts ctx:lineno col_offset end_lineno? end_col_offset?",
    "Tuple:expr:elts ctx:lineno col_offset end_lineno? end_col_offset?",
    "Slice:expr:lower? upper? step?:lineno col_offset end_lineno? end_col_offset?",
    "expr_context:AST::",
    "Load:expr_context::",
    "Store:expr_context::",
    "Del:expr_context::",
    "boolop:AST::",
    "And:boolop::",
    "Or:boolop::",
    "operator:AST::",
    "Add:operator::",
    "Sub:operator::",
    "Mult:operator::",
    "MatMult:operator::",
    "Div:operator::",
    "Mod:operator::",
    "Pow:operator::",
    "LShift:operator::",
    "RShift:operator::",
    "BitOr:operator::",
    "BitXor:operator::",
    "BitAnd:operator::",
    "FloorDiv:operator::",
    "unaryop:AST::",
    "Invert:unaryop::",
    "Not:unaryop::",
    "UAdd:unaryop::",
    "USub:unaryop::",
    "cmpop:AST::",
    "Eq:cmpop::",
    "NotEq:cmpop::",
    "Lt:cmpop::",
    "LtE:cmpop::",
    "Gt:cmpop::",
    "GtE:cmpop::",
    "Is:cmpop::",
    "IsNot:cmpop::",
    "In:cmpop::",
    "NotIn:cmpop::",
    "comprehension:AST:target iter ifs is_async:",
    "excepthandler:AST::lineno col_offset end_lineno? end_col_offset?",
    "ExceptHandler:excepthandler:type? name? body:lineno col_offset end_lineno? end_col_offset?",
    "arguments:AST:posonlyargs args vararg? kwonlyargs kw_defaults kwarg? defaults:",
    "arg:AST:arg annotation? type_comment?:lineno col_offset end_lineno? end_col_offset?",
    "keyword:AST:arg? value:lineno col_offset end_lineno? end_col_offset?",
    "alias:AST:name asname?:lineno col_offset end_lineno? end_col_offset?",
    "withitem:AST:context_expr optional_vars?:",
    "match_case:AST:pattern guard? body:",
    "pattern:AST::lineno col_offset end_lineno end_col_offset",
    "MatchValue:pattern:value:lineno col_offset end_lineno end_col_offset",
    "MatchSingleton:pattern:value:lineno col_offset end_lineno end_col_offset",
    "MatchSequence:pattern:patterns:lineno col_offset end_lineno end_col_offset",
    "MatchMapping:pattern:keys patterns rest?:lineno col_offset end_lineno end_col_offset",
    "MatchClass:pattern:cls patterns kwd_attrs kwd_patterns:lineno col_offset end_lineno end_col_offset",
    "MatchStar:pattern:name?:lineno col_offset end_lineno end_col_offset",
    "MatchAs:pattern:pattern? name?:lineno col_offset end_lineno end_col_offset",
    "MatchOr:pattern:patterns:lineno col_offset end_lineno end_col_offset",
    "type_ignore:AST::",
    "TypeIgnore:type_ignore:lineno tag:",
]


def _make_classes():
    made = {"AST": AST}
    for row in _NODES:
        name, base, fields, attributes = row.split(":")
        namespace = {"__module__": __name__}
        field_names = []
        for field in fields.split():
            if field.endswith("?"):
                field = field[:-1]
                namespace[field] = None
            field_names.append(field)
        attribute_names = []
        for attribute in attributes.split():
            if attribute.endswith("?"):
                attribute = attribute[:-1]
                namespace[attribute] = None
            attribute_names.append(attribute)
        namespace["_fields"] = tuple(field_names)
        namespace["_attributes"] = tuple(attribute_names)
        made[name] = type(name, (made[base],), namespace)
    return made


globals().update(_make_classes())


def _node_namespace():
    names = {row.split(":", 1)[0]: globals()[row.split(":", 1)[0]] for row in _NODES}
    names["inf"] = float("inf")
    names["infj"] = complex(0, float("inf"))
    names["__builtins__"] = {"Ellipsis": Ellipsis}
    return names


_NAMESPACE = _node_namespace()


def parse(source, filename="<unknown>", mode="exec", *, type_comments=False,
          feature_version=None):
    """The syntax tree of `source` (str or bytes), as
    `compile(source, filename, mode, PyCF_ONLY_AST)` gives it."""
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode("utf-8")
    elif not isinstance(source, str):
        raise TypeError("expected str, bytes or os.PathLike object")
    if mode not in ("exec", "eval"):
        raise ValueError("ast.parse() supports mode 'exec' and 'eval'")
    tree = eval(_ast.dump_source(source, filename, mode), _NAMESPACE)
    if not type_comments:
        # The parser always reads `# type:` comments; they are part of the
        # tree only when asked for.
        for node in walk(tree):
            if "type_comment" in node._fields:
                node.type_comment = None
        if isinstance(tree, Module):
            tree.type_ignores = []
    return tree


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The text of a tree: each node as `Class(field=value, ...)`; with
    `indent`, fields of nodes that are not simple each on their own line."""
    if indent is not None and not isinstance(indent, str):
        indent = " " * indent

    def show(value, level):
        if indent is not None:
            level += 1
            prefix = "\n" + indent * level
            sep = ",\n" + indent * level
        else:
            prefix = ""
            sep = ", "
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            simple = True
            named = annotate_fields
            for name in value._fields:
                try:
                    item = getattr(value, name)
                except AttributeError:
                    named = True
                    continue
                if item is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                text, item_simple = show(item, level)
                simple = simple and item_simple
                parts.append("%s=%s" % (name, text) if named else text)
            if include_attributes and value._attributes:
                for name in value._attributes:
                    try:
                        item = getattr(value, name)
                    except AttributeError:
                        continue
                    if item is None and getattr(cls, name, ...) is None:
                        continue
                    text, item_simple = show(item, level)
                    simple = simple and item_simple
                    parts.append("%s=%s" % (name, text))
            if simple and len(parts) <= 3:
                return "%s(%s)" % (cls.__name__, ", ".join(parts)), not parts
            return "%s(%s%s)" % (cls.__name__, prefix, sep.join(parts)), False
        if isinstance(value, list):
            if not value:
                return "[]", True
            return "[%s%s]" % (prefix, sep.join(show(x, level)[0] for x in value)), False
        return repr(value), True

    if not isinstance(node, AST):
        raise TypeError("expected AST, got %r" % type(node).__name__)
    return show(node, 0)[0]


def literal_eval(node_or_string):
    """The value of a literal expression: strings, bytes, numbers, tuples,
    lists, dicts, sets, booleans, None and Ellipsis (and `a + bj`)."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode="eval")
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        line = getattr(node, "lineno", None)
        where = " on line %d" % line if line is not None else ""
        raise ValueError("malformed node or string%s: %r" % (where, node))

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def value_of(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(value_of, node.elts))
        if isinstance(node, List):
            return list(map(value_of, node.elts))
        if isinstance(node, Set):
            return set(map(value_of, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name)
                and node.func.id == "set" and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(value_of, node.keys), map(value_of, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return value_of(node_or_string)


def iter_fields(node):
    """(name, value) for each field of `node` that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The nodes directly inside `node`: its node fields and the nodes in
    its list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Every node in the tree under `node` (itself first), breadth first."""
    from collections import deque

    pending = deque([node])
    while pending:
        node = pending.popleft()
        pending.extend(iter_child_nodes(node))
        yield node


def copy_location(new_node, old_node):
    """Copy the position attributes of `old_node` to `new_node`."""
    for name in "lineno", "col_offset", "end_lineno", "end_col_offset":
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            if value is not None or (
                hasattr(old_node, name) and name.startswith("end_")
            ):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Give every node without a position its parent's, starting from
    line 1, column 0."""

    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if "lineno" in node._attributes:
            if not hasattr(node, "lineno"):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if "end_lineno" in node._attributes:
            if getattr(node, "end_lineno", None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if "col_offset" in node._attributes:
            if not hasattr(node, "col_offset"):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if "end_col_offset" in node._attributes:
            if getattr(node, "end_col_offset", None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)

    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Move `node` and every node under it `n` lines down."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, "lineno", 0) + n
            continue
        if "lineno" in child._attributes:
            child.lineno = getattr(child, "lineno", 0) + n
        if "end_lineno" in child._attributes and getattr(child, "end_lineno", 0) is not None:
            child.end_lineno = getattr(child, "end_lineno", 0) + n
    return node


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect

        text = inspect.cleandoc(text)
    return text


def get_source_segment(source, node, *, padded=False):
    """The text of `source` that `node` spans, or None without positions."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = source.splitlines(keepends=True)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    if padded:
        padding = " " * len(lines[lineno].encode()[:col_offset].decode())
    else:
        padding = ""
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    return "".join([first, *lines[lineno + 1:end_lineno], last])


class NodeVisitor:
    """Calls `visit_CLASSNAME` for each node it visits, or `generic_visit`,
    which visits the node's children."""

    def visit(self, node):
        method = getattr(self, "visit_" + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A visitor whose `visit_*` methods return the node to put in place of
    the one visited: itself, a new node, a list of nodes (in a list field),
    or None to remove it."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


def unparse(ast_obj):
    """Source text that parses to a tree equal to `ast_obj`."""
    from _ast_unparse import unparse as write

    return write(ast_obj)


def _source_for_compile(node):
    """The text `compile()` compiles for a tree: its unparsed source (the
    positions of the new tree are those of that text)."""
    if not isinstance(node, AST):
        raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    return unparse(node)
