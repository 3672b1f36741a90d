# Attribute access mapped onto the dict's items.
class Attr(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__

a = Attr(x=1)
a.y = 2
print(a, a.x, a.y)
del a.x
print(a)
try:
    a.missing
except KeyError as e:
    print('KeyError', e)
