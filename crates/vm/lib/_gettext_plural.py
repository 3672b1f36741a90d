"""gettext's Plural-Forms rules: a C expression of n (?:, ||, &&,
comparisons, + - * / %, !, parentheses, integer literals) parsed by
recursive descent into a Python function, never evaluated as Python
source. c2py(rule)(n) is the index of the plural form for count n.
"""

import re

_TOKEN = re.compile(r"""
    (?P<space>[ \t\n]+)
  | (?P<number>[0-9]+)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>\|\||&&|==|!=|<=|>=|[-+*/%?:<>!()])
  | (?P<bad>.)
""", re.VERBOSE | re.DOTALL)

# Binary operators by precedence, loosest first, as in C.
_LEVELS = [('||',), ('&&',), ('==', '!='), ('<', '>', '<=', '>='),
           ('+', '-'), ('*', '/', '%')]


def _tokens(plural):
    for match in _TOKEN.finditer(plural):
        kind = match.lastgroup
        value = match.group(kind)
        if kind == 'space':
            continue
        if kind == 'name' and value != 'n':
            raise ValueError('invalid token in plural form: %s' % value)
        if kind == 'bad':
            raise ValueError('invalid token in plural form: %s' % value)
        yield value
    yield ''


class _Parser:
    """Recursive descent over the tokens of one rule."""

    def __init__(self, plural):
        self.tokens = list(_tokens(plural))
        self.position = 0

    def peek(self):
        return self.tokens[self.position]

    def take(self):
        token = self.tokens[self.position]
        if token:
            self.position += 1
        return token

    def rule(self):
        node = self.conditional()
        if self.peek() != '':
            raise ValueError('unexpected token in plural form: %s' % self.peek())
        return node

    def conditional(self):
        condition = self.binary(0)
        if self.peek() != '?':
            return condition
        self.take()
        if_true = self.conditional()
        token = self.take()
        if token == '':
            raise ValueError('unexpected end of plural form')
        if token != ':':
            raise ValueError('unexpected token in plural form: %s' % token)
        if_false = self.conditional()
        return lambda n: if_true(n) if condition(n) else if_false(n)

    def binary(self, level):
        if level == len(_LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek() in _LEVELS[level]:
            op = self.take()
            left = _OPERATIONS[op](left, self.binary(level + 1))
        return left

    def unary(self):
        token = self.take()
        if token == '!':
            inner = self.unary()
            return lambda n: int(not inner(n))
        if token == '(':
            inner = self.conditional()
            if self.take() != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            return inner
        if token == 'n':
            return lambda n: n
        if token.isdigit():
            value = int(token)
            return lambda n: value
        if token == '':
            raise ValueError('unexpected end of plural form')
        raise ValueError('unexpected token in plural form: %s' % token)


def _c_divide(a, b):
    """C's integer division, truncating toward zero."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


_OPERATIONS = {
    '||': lambda f, g: lambda n: int(bool(f(n) or g(n))),
    '&&': lambda f, g: lambda n: int(bool(f(n) and g(n))),
    '==': lambda f, g: lambda n: int(f(n) == g(n)),
    '!=': lambda f, g: lambda n: int(f(n) != g(n)),
    '<': lambda f, g: lambda n: int(f(n) < g(n)),
    '>': lambda f, g: lambda n: int(f(n) > g(n)),
    '<=': lambda f, g: lambda n: int(f(n) <= g(n)),
    '>=': lambda f, g: lambda n: int(f(n) >= g(n)),
    '+': lambda f, g: lambda n: f(n) + g(n),
    '-': lambda f, g: lambda n: f(n) - g(n),
    '*': lambda f, g: lambda n: f(n) * g(n),
    '/': lambda f, g: lambda n: _c_divide(f(n), g(n)),
    '%': lambda f, g: lambda n: f(n) - g(n) * _c_divide(f(n), g(n)),
}


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s'
                        % (n.__class__.__name__,)) from None
    if not isinstance(n, int):
        import warnings
        warnings.warn('Plural value must be an integer, got %s'
                      % (n.__class__.__name__,), DeprecationWarning, 4)
    return n


def c2py(plural):
    """A function of n computing a catalog's Plural-Forms expression."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        rule = _Parser(plural).rule()
    except RecursionError:
        raise ValueError('plural form expression is too complex')

    def func(n):
        return int(rule(_as_int(n)))
    return func
