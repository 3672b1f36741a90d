# str operations and f-strings.
s = "Hello, World"
print(s.lower(), s.upper(), len(s), s[0], s[-1], s[1:5], s[::-1])
print(s.split(", "), "-".join(["x", "y", "z"]), s.replace("l", "L"), s.find("World"))
name, value = "pi", 3.14159
print(f"{name} = {value:.2f}", f"{name!r:>6}|", f"{42:08b}", f"{'left':<8}|")
print("%s has %d items costing %.1f" % ("cart", 3, 9.5))
print("{} and {}".format("this", "that"), "{0}{1}{0}".format("a", "b"))
print("abc" * 3, "a" in "cat", "dog" not in "cat", s.startswith("Hell"))
words = "the quick brown fox".split()
print(sorted(words), sorted(words, key=len), max(words, key=len))
print(repr("it's"), repr('say "hi"'), str(12), ascii("é"))
for ch in "abc":
    print(ch, ord(ch), chr(ord(ch) + 1))
