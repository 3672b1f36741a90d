# pyrite-args: -m _tool
# `-m PACKAGE` runs the package's __main__ submodule as __main__, with this
# file's name as its argument.
