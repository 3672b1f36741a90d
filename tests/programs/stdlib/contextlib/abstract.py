# AbstractContextManager recognises any class with __enter__ and __exit__;
# its __enter__ returns self.
from contextlib import AbstractContextManager, nullcontext, suppress

class Plain:
    def __enter__(self):
        return "entered"
    def __exit__(self, *exc):
        return False

class NoExit:
    def __enter__(self):
        return self

class Base(AbstractContextManager):
    def __exit__(self, *exc):
        print("exit", exc[0])

print(isinstance(nullcontext(), AbstractContextManager), isinstance(suppress(), AbstractContextManager))
print(isinstance(Plain(), AbstractContextManager), isinstance(NoExit(), AbstractContextManager), isinstance(3, AbstractContextManager))
with Base() as b:
    print(type(b).__name__)
try:
    AbstractContextManager()
except TypeError as e:
    print(e)
