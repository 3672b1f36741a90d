# textwrap: max_lines and placeholders, shorten, dedent and indent.
import textwrap

T = "The quick brown fox jumps over the lazy dog, again and again and again."
print(textwrap.wrap(T, 20, max_lines=3))
print(textwrap.wrap(T, 20, max_lines=1, placeholder="..."))
print(textwrap.wrap(T, 20, max_lines=2, placeholder=" (more)"))
print(textwrap.shorten(T, 40))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten("  lots   of\n\n spaces  ", width=100))
try:
    textwrap.wrap("x y z", 3, max_lines=1, placeholder="[.....]")
except ValueError as e:
    print(e)
print(repr(textwrap.dedent("    a\n      b\n\n  \n    c\n")))
print(repr(textwrap.dedent("\ta\n  b")), repr(textwrap.dedent("  x\n\t y")))
print(repr(textwrap.dedent("no margin\n  here")))
code = textwrap.dedent("""
    def f():
        return 1
""")
print(code, end="")
print(repr(textwrap.indent("a\n\nb\n", "> ")))
print(repr(textwrap.indent("a\n\nb", "+", lambda line: True)))
print(textwrap.indent("x\ny", "    "))
