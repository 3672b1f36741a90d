# ast.parse and ast.dump: node classes, fields, positions, indentation.
import ast

SOURCES = [
    "x = 1\n",
    "def f(a, /, b=2, *args, c, d=4, **kw) -> int:\n    '''Doc.'''\n    return a + b * 1.5\n",
    "class C(Base, metaclass=M):\n    @property\n    def p(self): return self._p\n",
    "for i in range(3):\n    if i % 2 == 0 and not i < 0:\n        continue\nelse:\n    pass\n",
    "try:\n    import os.path as p\nexcept (ValueError, KeyError) as e:\n    raise RuntimeError('x') from e\nfinally:\n    del x\n",
    "with open(f) as fh, lock:\n    data = [c for c in fh if c] + {k: v for k, v in d.items()}\n",
    "async def g():\n    async for x in y:\n        await z\n    return (yield)\n",
    "match p:\n    case [1, *rest] | {'k': v} if v:\n        pass\n    case Point(x=0) as q:\n        pass\n",
    "s = f'{a!r:>{width}} and {b}' 'str'\nlambda x, *, y=1: x if y else -x\n",
    "x: int = 5\na[1:2, ::3] += b @ c\nglobal g\nassert x, 'msg'\n",
]
for source in SOURCES:
    tree = ast.parse(source)
    print(ast.dump(tree))
print(ast.dump(ast.parse(SOURCES[1]), indent=2, include_attributes=True))
print(ast.dump(ast.parse(SOURCES[3]), indent="\t", annotate_fields=False))
print(ast.dump(ast.parse("1 + x * 2", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse(b"name = 'bytes source'")))
print(ast.dump(ast.parse("x = 1e999; y = 1e999j; z = 'a\\nb'; w = ...")))
tree = ast.parse("value = compute(1, key='k')")
call = tree.body[0].value
print(type(call).__name__, call.func.id, call.lineno, call.col_offset,
      call.end_lineno, call.end_col_offset, call.keywords[0].arg)
print(ast.Name._fields, ast.Name._attributes, ast.Constant.kind, ast.Return.value)
print([c.__name__ for c in ast.Name.__mro__])
print(ast.Load._fields, ast.Load._attributes, ast.AST._fields)
typed = "def f(a):  # type: (int) -> str\n    x = []  # type: List[int]\n    return x  # type: ignore\n"
print(ast.dump(ast.parse(typed)))
print(ast.dump(ast.parse(typed, type_comments=True)))
