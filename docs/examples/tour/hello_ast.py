# pyrite-args: -m ast
print("hello, " + name)
