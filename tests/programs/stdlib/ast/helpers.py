# literal_eval, walk, visitors, transformers and location helpers.
import ast

print(ast.literal_eval("{'a': (1, 2.5, -3, 1+2j), 'b': [True, None, b'x'], 'c': {1, 2}, 'd': set()}"))
print(ast.literal_eval("  -1.5"), ast.literal_eval("3 - 4j"), ast.literal_eval("..."))
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
for bad in ["x + 1", "foo(1)", "1 + 2", "{1: 2, **d}", "-'a'"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError", str(e).split(":")[0])
try:
    ast.literal_eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)

tree = ast.parse("def f(x):\n    '''  Indented\n      doc.\n    '''\n    return g(x) + 1\n")
print([type(n).__name__ for n in ast.walk(tree)])
print(repr(ast.get_docstring(tree.body[0])))
print(repr(ast.get_docstring(tree.body[0], clean=False)))
print(ast.get_docstring(tree))
try:
    ast.get_docstring(tree.body[0].body[1])
except TypeError as e:
    print("TypeError", e)
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.Name(id="x", ctx=ast.Load()))])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])


class Names(ast.NodeVisitor):
    def visit_Name(self, node):
        print("name", node.id, node.lineno, node.col_offset, node.end_col_offset)

    def visit_Call(self, node):
        print("call at", node.lineno)
        self.generic_visit(node)


Names().visit(tree)


class Tenfold(ast.NodeTransformer):
    def visit_Constant(self, node):
        if type(node.value) is int:
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node

    def visit_Expr(self, node):
        return None


tree = Tenfold().visit(ast.parse("y = 1 + 2\nprint(y)\nz = [3, 'a']\n"))
print(ast.dump(tree, include_attributes=True))

node = ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Name("x", ast.Load()))
fixed = ast.fix_missing_locations(ast.Expression(body=node))
print(ast.dump(fixed, include_attributes=True))
moved = ast.increment_lineno(ast.parse("a = 1\nb = 2"), 3)
print([(n.lineno, n.end_lineno) for n in moved.body])
print(ast.get_source_segment("x = foo(1,\n  2)\n", ast.parse("x = foo(1,\n  2)\n").body[0].value))
try:
    ast.Name("x", ast.Load(), 1)
except TypeError as e:
    print("TypeError", e)
try:
    ast.Module().body
except AttributeError as e:
    print("AttributeError", e)
print(ast.dump(ast.Name(id="x", ctx=ast.Load())), ast.Return().value)
try:
    ast.parse("def f(:\n  pass")
except SyntaxError as err:
    print("SyntaxError", err.msg, err.lineno, err.offset, err.filename)
try:
    ast.parse("  1", mode="eval")
except SyntaxError as err:
    print(type(err).__name__, err.msg)
tree = compile("a = b", "<src>", "exec", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
print(ast.dump(compile("x + 1", "<src>", "eval", flags=ast.PyCF_ONLY_AST)))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
