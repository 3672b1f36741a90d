# Two built-in bases with different layouts.
for bases in ((int, str), (list, dict), (Exception, int), (tuple, list), (set, frozenset)):
    try:
        X = type('X', bases, {})
    except TypeError as e:
        print([b.__name__ for b in bases], 'TypeError:', e)

class MyInt(int):
    pass

class MyStr(str):
    pass

try:
    class Both(MyInt, MyStr):
        pass
except TypeError as e:
    print('TypeError:', e)

class Fine(MyInt, int):
    pass

print(Fine(3), Fine.__mro__)
