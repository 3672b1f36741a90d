"""`ast.unparse`: source text for a syntax tree.

Each expression is written with the parentheses its context needs: an
operand is bracketed when it binds more loosely than the place it is put
in (precedence levels below follow Python's grammar, loosest first).
"""

from ast import *

# Precedence levels, loosest first.
_NAMED_EXPR = 1
_TUPLE = 2
_YIELD = 3
_TEST = 4
_OR = 5
_AND = 6
_NOT = 7
_CMP = 8
_EXPR = 9
_BOR = 10
_BXOR = 11
_BAND = 12
_SHIFT = 13
_ARITH = 14
_TERM = 15
_FACTOR = 16
_POWER = 17
_AWAIT = 18
_ATOM = 19

_BINOPS = {
    Add: ("+", _ARITH), Sub: ("-", _ARITH), Mult: ("*", _TERM),
    MatMult: ("@", _TERM), Div: ("/", _TERM), Mod: ("%", _TERM),
    LShift: ("<<", _SHIFT), RShift: (">>", _SHIFT), BitOr: ("|", _BOR),
    BitXor: ("^", _BXOR), BitAnd: ("&", _BAND), FloorDiv: ("//", _TERM),
    Pow: ("**", _POWER),
}
_UNARY = {Invert: ("~", _FACTOR), Not: ("not ", _NOT), UAdd: ("+", _FACTOR),
          USub: ("-", _FACTOR)}
_CMPOPS = {Eq: "==", NotEq: "!=", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=",
           Is: "is", IsNot: "is not", In: "in", NotIn: "not in"}
_BOOLOPS = {And: ("and", _AND), Or: ("or", _OR)}


def _is_docstring(node):
    return (isinstance(node, Expr) and isinstance(node.value, Constant)
            and isinstance(node.value.value, str))


def _docstring_literal(text):
    """`text` as a triple-quoted literal: backslashes and unprintable
    characters other than newline and tab escaped; the triple quote the
    text does not contain, preferring one whose quote character does not
    end the text (else that last character is escaped); `repr` when the
    text holds both triple quotes."""
    escaped = "".join(
        c if c in "\n\t" or (c != "\\" and c.isprintable())
        else c.encode("unicode_escape").decode("ascii")
        for c in text
    )
    quotes = [q for q in ('"""', "'''") if q not in escaped]
    if not quotes:
        literal = repr(text)
        quote = '"""' if literal[0] == '"' else "'''"
        return quote + literal[1:-1] + quote
    if escaped:
        quotes.sort(key=lambda q: q[0] == escaped[-1])
        if quotes[0][0] == escaped[-1]:
            escaped = escaped[:-1] + "\\" + escaped[-1]
    return quotes[0] + escaped + quotes[0]


class _Writer:
    def __init__(self):
        self.lines = []
        self.level = 0

    def line(self, text):
        self.lines.append("    " * self.level + text if text else "")

    def block(self, header, body, docstring=False):
        self.line(header + ":")
        self.level += 1
        self.body(body, docstring)
        self.level -= 1

    def body(self, body, docstring):
        """The statements of a body; a leading string constant of a module,
        class or function is written as a triple-quoted docstring."""
        if docstring and body and _is_docstring(body[0]):
            constant = body[0].value
            prefix = "u" if constant.kind == "u" else ""
            self.line(prefix + _docstring_literal(constant.value))
            body = body[1:]
        for stmt in body:
            self.stmt(stmt)

    # Statements

    def stmt(self, node):
        method = getattr(self, "s_" + type(node).__name__)
        method(node)

    def body_with_docstring(self, body):
        return body

    def decorators(self, node):
        for decorator in node.decorator_list:
            self.line("@" + self.expr(decorator, _NAMED_EXPR))

    def s_Module(self, node):
        self.body(node.body, True)

    def s_Interactive(self, node):
        self.body(node.body, False)

    def s_Expr(self, node):
        self.line(self.expr(node.value, _YIELD))

    def s_FunctionDef(self, node, prefix="def"):
        if self.lines:
            self.line("")
        self.decorators(node)
        header = "%s %s(%s)" % (prefix, node.name, self.arguments(node.args))
        if node.returns is not None:
            header += " -> " + self.expr(node.returns, _TEST)
        self.block(header, node.body, docstring=True)

    def s_AsyncFunctionDef(self, node):
        self.s_FunctionDef(node, "async def")

    def s_ClassDef(self, node):
        if self.lines:
            self.line("")
        self.decorators(node)
        parts = [self.expr(b, _TEST) for b in node.bases]
        parts += [self.keyword(k) for k in node.keywords]
        header = "class " + node.name
        if parts:
            header += "(" + ", ".join(parts) + ")"
        self.block(header, node.body, docstring=True)

    def s_Return(self, node):
        if node.value is None:
            self.line("return")
        else:
            self.line("return " + self.expr(node.value, _TEST))

    def s_Delete(self, node):
        self.line("del " + ", ".join(self.expr(t, _TEST) for t in node.targets))

    def s_Assign(self, node):
        targets = "".join(self.expr(t, _TUPLE) + " = " for t in node.targets)
        self.line(targets + self.expr(node.value, _TEST))

    def s_AugAssign(self, node):
        op = _BINOPS[type(node.op)][0]
        self.line("%s %s= %s" % (self.expr(node.target, _TUPLE), op,
                                 self.expr(node.value, _TEST)))

    def s_AnnAssign(self, node):
        target = self.expr(node.target, _TUPLE)
        if not node.simple and isinstance(node.target, Name):
            target = "(" + target + ")"
        text = target + ": " + self.expr(node.annotation, _TEST)
        if node.value is not None:
            text += " = " + self.expr(node.value, _TEST)
        self.line(text)

    def s_For(self, node, prefix="for"):
        self.block("%s %s in %s" % (prefix, self.expr(node.target, _TUPLE),
                                    self.expr(node.iter, _TEST)), node.body)
        if node.orelse:
            self.block("else", node.orelse)

    def s_AsyncFor(self, node):
        self.s_For(node, "async for")

    def s_While(self, node):
        self.block("while " + self.expr(node.test, _TEST), node.body)
        if node.orelse:
            self.block("else", node.orelse)

    def s_If(self, node, keyword="if"):
        self.block(keyword + " " + self.expr(node.test, _TEST), node.body)
        orelse = node.orelse
        if len(orelse) == 1 and isinstance(orelse[0], If):
            self.s_If(orelse[0], "elif")
        elif orelse:
            self.block("else", orelse)

    def s_With(self, node, prefix="with"):
        items = ", ".join(self.withitem(item) for item in node.items)
        self.block(prefix + " " + items, node.body)

    def s_AsyncWith(self, node):
        self.s_With(node, "async with")

    def withitem(self, item):
        text = self.expr(item.context_expr, _TEST)
        if item.optional_vars is not None:
            text += " as " + self.expr(item.optional_vars, _TEST)
        return text

    def s_Match(self, node):
        self.line("match " + self.expr(node.subject, _TEST) + ":")
        self.level += 1
        for case in node.cases:
            header = "case " + self.pattern(case.pattern)
            if case.guard is not None:
                header += " if " + self.expr(case.guard, _TEST)
            self.block(header, case.body)
        self.level -= 1

    def s_Raise(self, node):
        text = "raise"
        if node.exc is not None:
            text += " " + self.expr(node.exc, _TEST)
            if node.cause is not None:
                text += " from " + self.expr(node.cause, _TEST)
        self.line(text)

    def s_Try(self, node, star=""):
        self.block("try", node.body)
        for handler in node.handlers:
            header = "except" + star
            if handler.type is not None:
                header += " " + self.expr(handler.type, _TEST)
                if handler.name:
                    header += " as " + handler.name
            self.block(header, handler.body)
        if node.orelse:
            self.block("else", node.orelse)
        if node.finalbody:
            self.block("finally", node.finalbody)

    def s_TryStar(self, node):
        self.s_Try(node, "*")

    def s_Assert(self, node):
        text = "assert " + self.expr(node.test, _TEST)
        if node.msg is not None:
            text += ", " + self.expr(node.msg, _TEST)
        self.line(text)

    def s_Import(self, node):
        self.line("import " + ", ".join(map(self.alias, node.names)))

    def s_ImportFrom(self, node):
        module = "." * (node.level or 0) + (node.module or "")
        self.line("from %s import %s" % (module, ", ".join(map(self.alias, node.names))))

    def alias(self, alias):
        return alias.name + (" as " + alias.asname if alias.asname else "")

    def s_Global(self, node):
        self.line("global " + ", ".join(node.names))

    def s_Nonlocal(self, node):
        self.line("nonlocal " + ", ".join(node.names))

    def s_Pass(self, node):
        self.line("pass")

    def s_Break(self, node):
        self.line("break")

    def s_Continue(self, node):
        self.line("continue")

    # Expressions: each returns its text, bracketed when its own level is
    # looser than `level`, the one its place needs.

    def expr(self, node, level):
        text, own = getattr(self, "e_" + type(node).__name__)(node)
        return "(" + text + ")" if own < level else text

    def e_NamedExpr(self, node):
        return "%s := %s" % (self.expr(node.target, _ATOM),
                             self.expr(node.value, _ATOM)), _NAMED_EXPR

    def e_BoolOp(self, node):
        word, own = _BOOLOPS[type(node.op)]
        # Each operand binds one level tighter than the one before it, so
        # `a and b and (c == 0)` keeps its brackets, as CPython writes it.
        return (" %s " % word).join(
            self.expr(v, own + 1 + i) for i, v in enumerate(node.values)), own

    def e_BinOp(self, node):
        op, own = _BINOPS[type(node.op)]
        if isinstance(node.op, Pow):
            left, right = own + 1, own
        else:
            left, right = own, own + 1
        return "%s %s %s" % (self.expr(node.left, left), op,
                             self.expr(node.right, right)), own

    def e_UnaryOp(self, node):
        op, own = _UNARY[type(node.op)]
        return op + self.expr(node.operand, own), own

    def e_Lambda(self, node):
        args = self.arguments(node.args)
        head = "lambda " + args if args else "lambda"
        return head + ": " + self.expr(node.body, _TEST), _TEST

    def e_IfExp(self, node):
        return "%s if %s else %s" % (self.expr(node.body, _TEST + 1),
                                     self.expr(node.test, _TEST + 1),
                                     self.expr(node.orelse, _TEST)), _TEST

    def e_Dict(self, node):
        items = []
        for key, value in zip(node.keys, node.values):
            if key is None:
                items.append("**" + self.expr(value, _EXPR))
            else:
                items.append(self.expr(key, _TEST) + ": " + self.expr(value, _TEST))
        return "{" + ", ".join(items) + "}", _ATOM

    def e_Set(self, node):
        if not node.elts:
            return "{*()}", _ATOM
        return "{" + ", ".join(self.expr(e, _TEST) for e in node.elts) + "}", _ATOM

    def comprehensions(self, generators):
        text = ""
        for gen in generators:
            text += " async for " if gen.is_async else " for "
            text += self.expr(gen.target, _TUPLE) + " in " + self.expr(gen.iter, _TEST + 1)
            for test in gen.ifs:
                text += " if " + self.expr(test, _TEST + 1)
        return text

    def e_ListComp(self, node):
        return "[" + self.expr(node.elt, _TEST) + self.comprehensions(node.generators) + "]", _ATOM

    def e_SetComp(self, node):
        return "{" + self.expr(node.elt, _TEST) + self.comprehensions(node.generators) + "}", _ATOM

    def e_DictComp(self, node):
        return ("{" + self.expr(node.key, _TEST) + ": " + self.expr(node.value, _TEST)
                + self.comprehensions(node.generators) + "}"), _ATOM

    def e_GeneratorExp(self, node):
        return "(" + self.expr(node.elt, _TEST) + self.comprehensions(node.generators) + ")", _ATOM

    def e_Await(self, node):
        return "await " + self.expr(node.value, _ATOM), _AWAIT

    def e_Yield(self, node):
        if node.value is None:
            return "yield", _YIELD
        return "yield " + self.expr(node.value, _ATOM), _YIELD

    def e_YieldFrom(self, node):
        return "yield from " + self.expr(node.value, _ATOM), _YIELD

    def e_Compare(self, node):
        parts = [self.expr(node.left, _CMP + 1)]
        for op, right in zip(node.ops, node.comparators):
            parts.append(_CMPOPS[type(op)])
            parts.append(self.expr(right, _CMP + 1))
        return " ".join(parts), _CMP

    def e_Call(self, node):
        args = [self.expr(a, _TEST) for a in node.args]
        args += [self.keyword(k) for k in node.keywords]
        return self.expr(node.func, _ATOM) + "(" + ", ".join(args) + ")", _ATOM

    def keyword(self, keyword):
        if keyword.arg is None:
            return "**" + self.expr(keyword.value, _EXPR)
        return keyword.arg + "=" + self.expr(keyword.value, _TEST)

    def e_FormattedValue(self, node):
        return "f" + repr(self.fstring_part(node)), _ATOM

    def fstring_part(self, node):
        if isinstance(node, Constant):
            return node.value.replace("{", "{{").replace("}", "}}")
        inner = self.expr(node.value, _TEST + 1)
        if inner.startswith("{"):
            inner = " " + inner
        text = "{" + inner
        if node.conversion != -1:
            text += "!" + chr(node.conversion)
        if node.format_spec is not None:
            text += ":" + "".join(self.fstring_part(v) for v in node.format_spec.values)
        return text + "}"

    def e_JoinedStr(self, node):
        return "f" + repr("".join(self.fstring_part(v) for v in node.values)), _ATOM

    def e_Constant(self, node):
        value = node.value
        if value is ...:
            return "...", _ATOM
        if isinstance(value, float) and value in (float("inf"), float("-inf")):
            return ("1e309" if value > 0 else "-1e309"), _ATOM
        if isinstance(value, complex) and (value.imag in (float("inf"), float("-inf"))):
            return "1e309j", _ATOM
        text = repr(value)
        if node.kind == "u":
            text = "u" + text
        if isinstance(value, (int, float, complex)) and not isinstance(value, bool):
            return text, (_FACTOR if text.startswith("-") else _ATOM)
        return text, _ATOM

    def e_Attribute(self, node):
        value = self.expr(node.value, _ATOM)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            value += " "
        return value + "." + node.attr, _ATOM

    def e_Subscript(self, node):
        index = node.slice
        if isinstance(index, Tuple) and index.elts:
            inner = ", ".join(self.expr(e, _TEST) for e in index.elts)
            if len(index.elts) == 1:
                inner += ","
        else:
            inner = self.expr(index, _TUPLE)
        return self.expr(node.value, _ATOM) + "[" + inner + "]", _ATOM

    def e_Starred(self, node):
        return "*" + self.expr(node.value, _EXPR), _EXPR

    def e_Name(self, node):
        return node.id, _ATOM

    def e_List(self, node):
        return "[" + ", ".join(self.expr(e, _TEST) for e in node.elts) + "]", _ATOM

    def e_Tuple(self, node):
        if not node.elts:
            return "()", _ATOM
        text = ", ".join(self.expr(e, _TEST) for e in node.elts)
        if len(node.elts) == 1:
            text += ","
        return text, _TUPLE

    def e_Slice(self, node):
        text = ""
        if node.lower is not None:
            text += self.expr(node.lower, _TEST)
        text += ":"
        if node.upper is not None:
            text += self.expr(node.upper, _TEST)
        if node.step is not None:
            text += ":" + self.expr(node.step, _TEST)
        return text, _ATOM

    def arguments(self, args):
        parts = []
        positional = args.posonlyargs + args.args
        defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
        for index, (arg, default) in enumerate(zip(positional, defaults), 1):
            text = self.arg(arg)
            if default is not None:
                text += "=" + self.expr(default, _TEST)
            parts.append(text)
            if index == len(args.posonlyargs):
                parts.append("/")
        if args.vararg is not None or args.kwonlyargs:
            parts.append("*" + (self.arg(args.vararg) if args.vararg is not None else ""))
        for arg, default in zip(args.kwonlyargs, args.kw_defaults):
            text = self.arg(arg)
            if default is not None:
                text += "=" + self.expr(default, _TEST)
            parts.append(text)
        if args.kwarg is not None:
            parts.append("**" + self.arg(args.kwarg))
        return ", ".join(parts)

    def arg(self, arg):
        if arg.annotation is None:
            return arg.arg
        return arg.arg + ": " + self.expr(arg.annotation, _TEST)

    # Patterns

    def pattern(self, node):
        kind = type(node).__name__
        if kind == "MatchValue":
            return self.expr(node.value, _ATOM)
        if kind == "MatchSingleton":
            return repr(node.value)
        if kind == "MatchSequence":
            return "[" + ", ".join(map(self.pattern, node.patterns)) + "]"
        if kind == "MatchStar":
            return "*" + (node.name or "_")
        if kind == "MatchMapping":
            items = [self.expr(k, _ATOM) + ": " + self.pattern(p)
                     for k, p in zip(node.keys, node.patterns)]
            if node.rest is not None:
                items.append("**" + node.rest)
            return "{" + ", ".join(items) + "}"
        if kind == "MatchClass":
            parts = list(map(self.pattern, node.patterns))
            parts += [k + "=" + self.pattern(p) for k, p in zip(node.kwd_attrs, node.kwd_patterns)]
            return self.expr(node.cls, _ATOM) + "(" + ", ".join(parts) + ")"
        if kind == "MatchAs":
            if node.pattern is None:
                return node.name or "_"
            inner = self.pattern(node.pattern)
            if isinstance(node.pattern, (MatchAs, MatchOr)) and node.pattern.pattern is not None \
                    if isinstance(node.pattern, MatchAs) else isinstance(node.pattern, MatchOr):
                inner = "(" + inner + ")"
            return inner + " as " + node.name
        if kind == "MatchOr":
            return " | ".join(map(self.pattern, node.patterns))
        raise ValueError("unknown pattern %s" % kind)


def unparse(node):
    writer = _Writer()
    if isinstance(node, (Module, Interactive)) or isinstance(node, stmt):
        writer.stmt(node)
        return "\n".join(writer.lines)
    if isinstance(node, Expression):
        node = node.body
    return writer.expr(node, _TUPLE)
