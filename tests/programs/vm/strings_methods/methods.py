# str methods through the method tables of the objects crate.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.strip().lower().split(", "))
t = "a,b,,c"
print(t.split(","), t.split(",", 1), t.rsplit(",", 1), t.partition(","), t.rpartition(","))
print("hello".capitalize(), "hello world".title(), "Hello".swapcase(), "ß".casefold())
print("42".zfill(5), "x".center(7, "*"), "x".ljust(3, "."), "x".rjust(3, "."))
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), "  ".isspace(), "Ab".istitle())
print("hello".count("l"), "hello".index("l"), "hello".rfind("l"), "hello".find("z"))
print("a-b-c".replace("-", "+", 1), "tab\tsep".expandtabs(4), "x".join("abc"))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"))
print("line1\nline2\r\nline3".splitlines(), "%s=%s" % ("k", "v"), "{:^9}".format("mid"))
print("ünïcode".upper(), len("ünïcode"), "ünïcode"[1:4], "é".encode(), b"caf\xc3\xa9".decode())
print(str.upper("x"), "a b".split(), " a  b ".split(" "), "abc"[::-1], "abc" < "abd")
