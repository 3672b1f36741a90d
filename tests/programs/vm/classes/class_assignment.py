# Assigning __class__: allowed between classes with the same layout.
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A()
a.x = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.x, isinstance(a, B))
class L1(list): pass
class L2(list):
    def who(self): return 'L2'
l = L1([1])
l.__class__ = L2
print(l.who(), l)
for target, cls in ((a, int), (1, B), (l, A), (a, L1)):
    try:
        target.__class__ = cls
    except TypeError as e:
        print('TypeError:', e)
try:
    a.__class__ = 5
except TypeError as e:
    print('TypeError:', e)
