# type.__subclasses__(): the live direct subclasses, in creation order,
# held weakly (a collected subclass disappears).
import gc


class Base:
    pass


class Left(Base):
    pass


class Right(Base):
    pass


class Both(Left, Right):
    pass


def names(classes):
    return [c.__name__ for c in classes]


print(names(Base.__subclasses__()))
print(names(Left.__subclasses__()), names(Right.__subclasses__()), names(Both.__subclasses__()))


def make_temporary():
    class Temporary(Base):
        pass
    return Temporary


t = make_temporary()
print(names(Base.__subclasses__()))
del t
gc.collect()
print(names(Base.__subclasses__()))

Later = type('Later', (Base,), {})
print(names(Base.__subclasses__()))
print(type(Base.__subclasses__()).__name__, Base.__subclasses__() is Base.__subclasses__())

try:
    Base.__subclasses__(1)
except TypeError as e:
    print('TypeError:', e)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class Derived(WithMeta):
    pass


print(names(WithMeta.__subclasses__()), names(type.__subclasses__(Meta)))
