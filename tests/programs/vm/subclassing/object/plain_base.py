# object as the explicit base still behaves as before.
class A(object):
    def __init__(self, v):
        self.v = v

a = A(1)
print(a.v, type(a).__name__, A.__mro__, isinstance(a, object))
try:
    object.__new__(A).v
except AttributeError as e:
    print('AttributeError:', e)
try:
    A(1, 2)
except TypeError as e:
    print('TypeError:', e)

class NoInit:
    pass

try:
    NoInit(1)
except TypeError as e:
    print('TypeError:', e)
