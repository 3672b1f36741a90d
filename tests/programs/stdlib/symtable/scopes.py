# symtable: tables, children, and what each name is in each scope.
import symtable

SOURCE = '''
import os
from sys import path as p
x: int = 1
counter = 0

def outer(a, b=2, *args, c, **kw):
    global counter
    counter += 1
    total = a + b
    def inner(y):
        nonlocal total
        total += y
        return total + x
    squares = [n * n for n in range(a)]
    return inner, lambda z: z + a

class Shape(Base):
    sides = 0
    def area(self):
        return self.sides
    def __repr__(self):
        return f"{type(self).__name__}"

async def fetch():
    async with lock:
        await go()
'''

top = symtable.symtable(SOURCE, "shapes.py", "exec")


def show(table, depth=0):
    pad = "  " * depth
    print(pad + repr(table), table.get_type(), table.get_name(), table.get_lineno(),
          table.is_optimized(), table.is_nested(), table.has_children())
    print(pad + "  identifiers:", sorted(table.get_identifiers()))
    if isinstance(table, symtable.Function):
        print(pad + "  params", table.get_parameters(), "locals", table.get_locals(),
              "globals", table.get_globals(), "nonlocals", table.get_nonlocals(),
              "frees", table.get_frees())
    if isinstance(table, symtable.Class):
        print(pad + "  methods", table.get_methods())
    for symbol in table.get_symbols():
        facts = [name for name in (
            "referenced", "parameter", "global", "nonlocal", "declared_global",
            "local", "annotated", "free", "imported", "assigned", "namespace")
            if getattr(symbol, "is_" + name)()]
        print(pad + "   ", repr(symbol), symbol.get_name(), facts)
    for child in table.get_children():
        show(child, depth + 1)


show(top)
print(top.lookup("outer").get_namespace())
print(top.lookup("Shape").get_namespaces())
try:
    top.lookup("x").get_namespace()
except ValueError as e:
    print("ValueError", e)
try:
    top.lookup("missing")
except KeyError as e:
    print("KeyError", e)
