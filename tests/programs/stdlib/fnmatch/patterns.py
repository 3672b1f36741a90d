# fnmatch: matching with *, ?, [seq] and [!seq], translate()'s regular
# expressions (including odd brackets), filter, and bytes patterns.
import fnmatch

for pattern in ["*.py", "a*b*c", "[!a-c]?x", "[]]", "[a-]", "[z-a]x", "a**b*", "[^x]", "[!]",
                "x[", "*", "[a&&b]", "?[0-9]*[!~]", "[a-c-e]", "data_??.csv"]:
    print(repr(pattern), repr(fnmatch.translate(pattern)))
names = ["main.py", "test_a.py", "README", "data_01.csv", "data_1.csv", "x]", "b.PY", "abc"]
print(fnmatch.filter(names, "*.py"), fnmatch.filter(names, "data_??.csv"), fnmatch.filter(names, "[!a-m]*"))
print(fnmatch.fnmatch("b.PY", "*.py"), fnmatch.fnmatchcase("b.PY", "*.PY"), fnmatch.fnmatch("x]", "x]"))
print(fnmatch.fnmatch("a\nb", "a?b"), fnmatch.fnmatchcase("axxbyyc", "a*b*c"), fnmatch.fnmatchcase("axxb", "a*b*c"))
print(fnmatch.fnmatchcase(b"file.txt", b"*.txt"), fnmatch.filter([b"a.c", b"b.h"], b"*.c"))
