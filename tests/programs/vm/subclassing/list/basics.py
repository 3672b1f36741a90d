# A subclass of list: list methods, operators, results of the base type.
class L(list):
    pass

a = L([3, 1, 2])
a.append(5)
a.extend([0])
a.sort()
print(a, type(a).__name__, len(a), a[0], a[-1], a[1:3], type(a[1:3]).__name__, 3 in a)
print(a + [9], type(a + [9]).__name__, a * 2, type(a * 2).__name__, list(a), type(list(a)).__name__)
a += [7]
print(a, type(a).__name__)
print(a == [0, 1, 2, 3, 5, 7], [0, 1, 2, 3, 5, 7] == a, a != [], bool(L()), bool(a))
print([x * 2 for x in a], sorted(a, reverse=True), list(reversed(a)))
a[0] = 100
del a[1]
print(a, a.pop(), a.index(3), a.count(3), a.copy(), type(a.copy()).__name__)
a.name = 'mine'
print(a.name, a.__dict__)
try:
    hash(a)
except TypeError as e:
    print('TypeError:', e)
print(isinstance(a, list), issubclass(L, list), L.__mro__)
