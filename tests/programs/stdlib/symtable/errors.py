# symtable's errors: syntax errors in the source, a bad mode, and
# scope errors the analysis finds.
import symtable

for source in ["def f(:\n    pass\n", "def f():\n    x = 1\n    global x\n",
               "nonlocal y\n", "def g():\n    nonlocal q\n"]:
    try:
        symtable.symtable(source, "bad.py", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.filename)
try:
    symtable.symtable("x", "m.py", "bogus")
except ValueError as e:
    print("ValueError", e)
table = symtable.symtable("x + y", "expr.py", "eval")
print(table, sorted(table.get_identifiers()), [s.is_global() for s in table.get_symbols()])
t = symtable.symtable("def f(): pass\n", "one.py", "single")
print(t.get_children()[0], t.lookup("f").is_namespace())
print(symtable.LOCAL, symtable.FREE, symtable.CELL, symtable.SCOPE_OFF, symtable.SCOPE_MASK,
      symtable.DEF_BOUND, symtable.USE)
