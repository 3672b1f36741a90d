# compile(), exec() and eval() raise SyntaxError with the location of the
# error: filename, lineno, offset, text, end_lineno, end_offset.
for source in [
    "def f(:\n  pass",
    "  x = 1",
    "if 1:\n\tx\n        y",
    "x = 1 +",
    "a = 1\nb = (\n",
    "f(x for x in y, 1)",
    "x = 1\ny = " + "9" * 5000,
]:
    try:
        exec(source)
    except SyntaxError as e:
        print(type(e).__name__, "|", str(e)[:60], "|", e.lineno, repr(e.text)[:40])
        if e.lineno == 1:
            print("    offset", e.offset)
        print("   ", e.msg[:40], e.filename, e.args[1][0], isinstance(e, SyntaxError))

try:
    compile("for x in y:\nprint(x)\n", "/some/dir/mod.py", "exec")
except IndentationError as e:
    print(repr(e.msg), e.args[1][:4])
    print(e, e.filename, e.lineno, e.end_lineno)

# Built by hand: the details tuple fills the attributes.
e = SyntaxError("bad thing", ("/x/y/f.py", 3, 4, "abc\n", 3, 6))
print(e, e.args, e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(SyntaxError("m", (None, 3, 4, "abc\n")), SyntaxError("m", ("f", None, 4, "t")))
print(repr(str(SyntaxError())), SyntaxError("only").msg, SyntaxError("only").lineno)
print(SyntaxError("a", "b", "c").msg, SyntaxError("a", "b", "c").lineno)
e = IndentationError("m", ("f.py", 1, 2, "x"))
print(e, e.msg, e.print_file_and_line)
e = SyntaxError("m")
e.lineno = 5
print(e)

# Uncaught, the report shows the source line and the carets.
compile("def g():\n    return (1 +\n            2 3)\n", "mod.py", "exec")
