# String slicing, searching, comparison and building.
s = "The quick brown fox jumps over the lazy dog"
print(s[4:9], s[-3:], s[::5], s[10:4:-1], s[100:], len(s.split()))
print(s.index("fox"), s.find("cat"), s.count("o"), s.startswith(("A", "The")), s.endswith("dog"))
words = s.split()
print(sorted(words, key=str.lower)[:3], max(words, key=len), [w for w in words if "o" in w])
print(" ".join(w.capitalize() for w in words[:4]), "-".join(reversed(words[-3:])))
acc = ""
for ch in "hello":
    acc = ch + acc
print(acc, acc == "hello"[::-1], "ab" < "abc", "B" < "a", "a" * 0 == "")
print(f"{s[:3]!r:>8}|{len(s):<4}|", "%s/%s" % (s[:3], s[-3:]), "x".join(["1", "2", "3"]))
