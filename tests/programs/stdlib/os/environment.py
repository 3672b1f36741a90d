# os: the environment, path-like objects, the process.
import os


class Place:
    def __init__(self, where):
        self.where = where

    def __fspath__(self):
        return self.where


print(os.fspath("s"), os.fspath(b"b"), os.fspath(Place("x/y")))
print(isinstance(Place("p"), os.PathLike), isinstance("s", os.PathLike), issubclass(Place, os.PathLike))
print(os.path.join(Place("dir"), "f"), os.path.basename(Place("a/b")))
print(os.getenv("PYRITE_SURELY_NOT_SET"), os.getenv("PYRITE_SURELY_NOT_SET", "default"))
os.environ["PYRITE_TEST_VAR"] = "value"
print(os.environ["PYRITE_TEST_VAR"], os.getenv("PYRITE_TEST_VAR"), "PYRITE_TEST_VAR" in os.environ)
del os.environ["PYRITE_TEST_VAR"]
print("PYRITE_TEST_VAR" in os.environ)
try:
    os.environ["PYRITE_SURELY_NOT_SET"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print(e)
print(os.path.expanduser("~") == os.environ["HOME"], os.path.expanduser("~/x") == os.environ["HOME"] + "/x")
print(os.path.expanduser("x/~"), os.path.expandvars("$PYRITE_SURELY_NOT_SET/x"))
print(os.path.abspath(".") == os.getcwd(), os.path.isabs(os.getcwd()))
print(len(os.urandom(16)), type(os.urandom(0)).__name__, isinstance(os.getpid(), int))
print(os.cpu_count() >= 1, os.access(".", os.F_OK), os.access("no_such_file", os.R_OK))
print(os.path.realpath(".") == os.path.realpath(os.getcwd()))
