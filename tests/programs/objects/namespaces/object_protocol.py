# object's __reduce_ex__/__reduce__/__getstate__/__sizeof__/__subclasshook__,
# the numbers' __floor__/__ceil__/__trunc__/__getnewargs__/__divmod__, the
# exceptions' __reduce__/__setstate__, and copy built on them.
import copy

class A:
    pass
a = A()
print(a.__getstate__(), (5).__getstate__(), [1].__getstate__())
a.x = 1
print(a.__getstate__())
class S:
    __slots__ = ('p', 'q')
s = S(); s.p = 1
print(s.__getstate__())
print((5).__sizeof__() > 0, object.__subclasshook__(int), int.__subclasshook__(A))
b = copy.copy(a)
print(b.x, b is a, copy.deepcopy([a])[0].x)
class R:
    def __reduce__(self):
        return (R, ())
print(R().__reduce_ex__(2)[0] is R)
print((7).__floor__(), (7).__ceil__(), (7).__trunc__(), True.__floor__(), (7).__getnewargs__())
print((2.5).__floor__(), (-2.5).__floor__(), (2.5).__ceil__(), (-2.5).__trunc__(), (2.5).__getnewargs__())
for f in [float('inf'), float('nan')]:
    try:
        f.__floor__()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__divmod__(2.0), (7.5).__divmod__(2), (7.5).__rdivmod__(2))
print((1).__rlshift__(3), (1).__rrshift__(8), '%s'.__rmod__(5), float.__getformat__('double'))
print((1+2j).__complex__(), (1+2j).__getnewargs__())
for t in [set, frozenset]:
    print(t('ab').__rand__({'a'}), t('ab').__ror__({'c'}) == {'a', 'b', 'c'}, t('ab').__rsub__({'a', 'z'}), t('a').__rxor__({'b'}) == {'a', 'b'})
s = {1, 2}
print(s.__iand__({2, 3}), s.__ior__({5}), s.__isub__({5}), s.__ixor__({7}), s)
l = [1]
print(l.__imul__(3), l, {'a': 1}.__ior__({'b': 2}), {'a': 1}.__ror__({'b': 2}))
print(range(3).__len__(), range(3).__contains__(2), range(3).__getitem__(1), list(range(3).__iter__()), range(0).__bool__())
print(None.__bool__(), bytearray(b'ab').__add__(b'c'), bytearray(b'ab').__mul__(2))
e = ValueError(1, 2)
e.note = 'x'
print(e.__reduce__(), ValueError(3).__reduce__())
e2 = ValueError()
e2.__setstate__({'y': 5})
print(e2.y)
try:
    e2.__setstate__(5)
except TypeError as err:
    print(err)
c = copy.copy(e)
print(type(c).__name__, c.args, c.note)
