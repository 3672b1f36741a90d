# ast.unparse, and compile() of a tree a NodeTransformer rewrote.
import ast

source = """
def area(width, height=2):
    '''Area of a rectangle.'''
    return width * height

values = [area(n) for n in range(4) if n % 2 == 0]
print(values, area(3, height=5))
"""
tree = ast.parse(source)
print(ast.unparse(tree))


class Double(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Mult):
            return ast.BinOp(left=node, op=ast.Mult(), right=ast.Constant(2))
        return node


new = ast.fix_missing_locations(Double().visit(tree))
print(ast.unparse(new))
namespace = {}
exec(compile(new, "<rewritten>", "exec"), namespace)
print(namespace["area"](10))
print(eval(compile(ast.parse("1 + 2 * x", mode="eval"), "<e>", "eval"), {"x": 4}))
print(ast.unparse(ast.parse("x = (yield)\nf(*a, **k)\nlambda: 0\n-(1) ** 2\n(a, b) = c")))
for text in ["a if b else c", "not (a and b)", "(a or b) and c", "x[1:2, ::3]",
             "f'{x!r:>{w}}'", "{**a, 'b': 1}", "(yield)", "await x", "*a, b = c",
             "'''doc'''", "global g", "1 .real", "(-1) ** 2", "match x:\n    case [1, *r] | {'k': v}:\n        pass"]:
    try:
        print(repr(ast.unparse(ast.parse(text))))
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    compile(42, "<x>", "exec")
except TypeError as e:
    print("TypeError", e)
print(compile(tree, "<t>", "exec", ast.PyCF_ONLY_AST) is tree)
