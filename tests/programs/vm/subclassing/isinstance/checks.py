# isinstance, issubclass, type() and __class__ with built-in subclasses.
class L(list): pass
class LL(L): pass
class I(int): pass

x = LL([1])
print(type(x) is LL, x.__class__ is LL, type(x).__name__, isinstance(x, (int, list)), isinstance(x, L))
print(issubclass(LL, list), issubclass(LL, (dict, L)), issubclass(I, int), issubclass(bool, int))
print(LL.__base__, LL.__bases__, L.__name__, L.__qualname__, L.__module__, I.__mro__)
print(isinstance(I(1), int), isinstance(True, I), type(I(1) + 1) is int, type(-I(1)) is int)
print(isinstance(x, object), isinstance(L, type), type(L) is type)
