# Dict views against sets: ==, !=, <, <=, >, >= compare members, as sets do.
d = {'a': 1, 'b': 2}
keys = d.keys()
items = d.items()
print(keys == {'a', 'b'}, keys != {'a', 'b'}, {'a', 'b'} == keys)
print(keys == frozenset('ab'), keys == {'a'}, keys == ['a', 'b'])
print(keys < {'a', 'b', 'c'}, keys <= {'a', 'b'}, keys > {'a'}, keys >= {'a', 'b'})
print({'a'} < keys, {'a', 'b', 'c'} > keys, {'a', 'b'} >= keys, {'x'} <= keys)
print(items == {('a', 1), ('b', 2)}, items < {('a', 1), ('b', 2), ('c', 3)})
print(keys == {'a': 0, 'b': 0}.keys(), keys < {'a': 0, 'b': 0, 'c': 0}.keys())
print(items == {('a', 1): None, ('b', 2): None}.keys())
print(d.values() == d.values(), d.values() == {1, 2})
e = {}
print(e.keys() == set(), e.keys() <= set(), e.items() < {1})
try:
    keys < [1]
except TypeError as err:
    print('TypeError:', err)
