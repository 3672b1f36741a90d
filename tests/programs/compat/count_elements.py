# collections._count_elements: the counting step of Counter.update, usable
# on any mapping with get and item assignment.
from collections import Counter, OrderedDict, _count_elements

d = {}
_count_elements(d, 'abracadabra')
print(d)

m = OrderedDict()
_count_elements(m, ['x', 'y', 'x'])
print(m)

d = {'a': 10}
_count_elements(d, 'aab')
print(d)


class Recording(Counter):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)


r = Recording('aba')
print(dict(r))

try:
    _count_elements({}, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    _count_elements(5, 'a')
except AttributeError as e:
    print('AttributeError:', e)
