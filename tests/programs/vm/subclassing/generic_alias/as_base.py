# A parameterized generic as a base class stands for its origin (PEP 560).
class IntList(list[int]):
    pass

x = IntList([1, 2])
print(x, IntList.__bases__, IntList.__orig_bases__, type(x).__mro__)
