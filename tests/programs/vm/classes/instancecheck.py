# isinstance/issubclass consult the metaclass's __instancecheck__ and
# __subclasscheck__.
class Meta(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', cls.__name__, type(obj).__name__)
        return hasattr(obj, 'quack')

    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__, sub.__name__)
        return hasattr(sub, 'quack')

class Duck(metaclass=Meta):
    pass

class Mallard:
    quack = True

print(isinstance(Mallard(), Duck), isinstance(1, Duck), isinstance(Duck(), Duck))
print(issubclass(Mallard, Duck), issubclass(int, Duck), issubclass(Mallard, (int, Duck)))
print(isinstance(1, (str, Duck, int)))
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError:', e)
try:
    isinstance(1, 2)
except TypeError as e:
    print('TypeError:', e)
