# __init_subclass__ and __class_getitem__ written as plain functions in a
# class body become class methods; __qualname__ assigned later is what the
# class's repr shows.
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.registry.append(cls.__name__)
    def __class_getitem__(cls, item):
        return (cls.__name__, item)

class A(Base, tag="a"):
    pass

class B(A):
    pass

print(Base.registry, A.tag, B.tag)
print(type(Base.__dict__["__init_subclass__"]).__name__,
      type(Base.__dict__["__class_getitem__"]).__name__)
print(Base[int], A["x"])
Base.__init_subclass__()
print(Base.tag, Base.registry)

class Explicit:
    @classmethod
    def __init_subclass__(cls):
        print("explicit for", cls.__name__)

class Sub(Explicit):
    pass

print(type(Explicit.__dict__["__init_subclass__"]).__name__)
