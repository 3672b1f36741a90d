# __subclasshook__ decides membership by structure; NotImplemented falls
# back to the usual checks.
from abc import ABC, abstractmethod

class Closeable(ABC):
    @abstractmethod
    def close(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            if any("close" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented

class File:
    def close(self):
        return "closed"

class Socket(File):
    pass

class Rock:
    pass

class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False

class Child(Never):
    pass

print(issubclass(File, Closeable), issubclass(Socket, Closeable), issubclass(Rock, Closeable))
print(isinstance(File(), Closeable), isinstance(Rock(), Closeable))
print(issubclass(Child, Never), isinstance(Child(), Never))
Never.register(Rock)
print(issubclass(Rock, Never))

class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented

print([issubclass(t, Sized2) for t in (list, dict, int, str, float)])
