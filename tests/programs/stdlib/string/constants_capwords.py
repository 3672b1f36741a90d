# string's constants and capwords.
import string

for name in ["ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits",
             "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(string.capwords("the  quick\tbrown fox"))
print(string.capwords("hello-WORLD-again", "-"))
print(repr(string.capwords("   ")), repr(string.capwords("")))
print(all(c in string.printable for c in "Hello, World!\n"))
