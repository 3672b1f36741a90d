# pyrite-args: -m tokenize
print("hello, " + name)
