# __new__ and __init__ are found along the MRO: a built-in base before a
# mixin wins, a mixin before the built-in base runs first.
class Base:
    def __init__(self, *a, **k):
        print('Base.__init__', a, k)
        super().__init__(*a, **k)
class MyDict(dict, Base):
    pass
print(MyDict(a=1))
class Mixin:
    def __init__(self, *a):
        print('Mixin.__init__', a)
        super().__init__(*a)
class ML(Mixin, list):
    pass
print(ML([1, 2]))
class NewMixin:
    def __new__(cls, *a):
        print('NewMixin.__new__', a)
        return super().__new__(cls, *a)
class NI(NewMixin, int):
    pass
print(NI(5))
class IN(int, NewMixin):
    pass
print(IN(6))
