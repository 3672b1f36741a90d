x, y, name = 3.14159, 42, "pyrite"
print(f"{x:.2f} {y:05d} {name!r:>10} {name:^12}|{y:#x} {y:#o} {y:#b} {y:,} {1234567.891:,.2f}")
print(f"{x=}, {y = }, {name=!s}, {x*2=:.3}")
print(f"{'nested {braces}'} {{literal}} {y:{'>'}{8}}")
print("{} {} {}".format(1, "a", [2]), "{1} {0}".format("a", "b"), "{name}!".format(name="hi"))
print("{0[0]} {0[1]} {1.real}".format([5, 6], 3j))
print("{:<6}|{:>6}|{:^6}|{:*^7}|{:+d}|{: d}|{:e}|{:g}|{:%}".format("l", "r", "c", "s", 5, 5, 12345.678, 0.00001234, 0.25))
print("%s %r %d %05.1f %x %o %c %%" % ("s", "r", 42, 3.14159, 255, 8, 65))
print("%(a)s-%(b)d" % {"a": "x", "b": 2}, "%-5s|" % "ab", "%+.3e" % 1234.5)
print(format(1e100), format(1.5e-7), repr(0.1 + 0.2), str(1e16), 1e22, 123456789012345678.0, -0.0, float("inf"), float("-nan"))
print(format(12345, "_"), format(255, "08b"), format(3.5, "010.3f"), format(-3.5, "=+10.2f"), format("abc", ".2"))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        return f"({self.x:{spec}}, {self.y:{spec}})"
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
p = Point(1.5, 2)
print(f"{p}", f"{p:.2f}", f"{p:polar}", f"{p!r}", "{:.1f}".format(p), format(p, ""))
try:
    format(3, "x>s")
except ValueError as e:
    print(e)
try:
    "{:d}".format("s")
except ValueError as e:
    print(e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "%d" % "s"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".rsplit(",", 1), "  pad ".strip(), "xxhixx".strip("x"))
print("Hello".center(11, "*"), "42".zfill(5), "-42".zfill(5), "tab\there".expandtabs(4), "ab".ljust(4, ".") + "|")
print("Title Case words".title(), "ß".upper(), "İ".lower(), "straße".casefold(), "hello world".capitalize(), "SwApCaSe".swapcase())
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "banana".count("an"), "banana".find("na", 3), "banana".rfind("na"), "banana".index("b"))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "line1\nline2\r\nline3".splitlines(), "line\n".splitlines(True))
print(" ".join(["a", "b"]), "x".join("abc"), "hello".replace("l", "L", 1), "abc" * 3, "a" in "abc", "abc"[::-1], "abcdef"[1:5:2])
print("isdigit", "123".isdigit(), "١٢٣".isdecimal(), "½".isnumeric(), "abc".isalpha(), "a1".isalnum(), " \t".isspace(), "Title".istitle(), "ABC".isupper(), "_x1".isidentifier(), "1x".isidentifier())
print("maketrans", "hello".translate(str.maketrans("el", "ip")), "abc".translate({97: None, 98: "BB"}))
print(str(b"bytes"), b"abc".hex(), bytes.fromhex("6162"), b"a,b".split(b","), bytearray(b"xy") + b"z")
