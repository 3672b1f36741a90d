# __slots__ with built-in bases: no instance __dict__ unless asked for.
class I(int):
    __slots__ = ()

try:
    I(1).x = 2
except AttributeError as e:
    print('AttributeError:', e)

class LS(list):
    __slots__ = ('a',)

ls = LS([1])
ls.a = 5
print(ls.a, ls)
try:
    ls.b = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    ls.__dict__
except AttributeError as e:
    print('AttributeError:', e)

class WithDict(LS):
    pass

w = WithDict()
w.b = 2
print(w.b, w.__dict__)
