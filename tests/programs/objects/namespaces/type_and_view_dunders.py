# type.mro/__instancecheck__/__subclasscheck__/__prepare__, iterators'
# __length_hint__, __getnewargs__/__reversed__/__call__, property.__set__
# and the dict views' set operator methods.
class A: pass
class B(A): pass
print(B.mro(), type.mro(B), type.__instancecheck__(A, B()), type.__subclasscheck__(A, B), type.__subclasscheck__(B, A), type.__prepare__('X', ()))
it = iter([1, 2, 3]); next(it); print(it.__length_hint__(), iter(range(10)).__length_hint__(), iter('abc').__length_hint__(), iter((1,)).__length_hint__())
d = {'a': 1, 'b': 2, 'c': 3}; it = iter(d); next(it); print(it.__length_hint__(), reversed([1,2]).__length_hint__())
print('ab'.__getnewargs__(), (1, 2).__getnewargs__(), list([1, 2, 3].__reversed__()), list(range(1, 10, 3).__reversed__()), list(range(5, 0, -2).__reversed__()), list(range(0).__reversed__()))
def f(x, y=2): return x + y
print(f.__call__(1), f.__call__(1, y=5), A().__init__.__call__ if False else '', staticmethod(f).__call__(3))
class P:
    @property
    def x(self): return 1
    @x.setter
    def x(self, v): self._x = v
    y = property(lambda s: 2)
    def z(self): return 3
    z = property(z)
p = P(); P.x.__set__(p, 5); print(p._x)
for stmt in ["P.z.__set__(p, 1)", "P.z.__delete__(p)"]:
    try: exec(stmt)
    except AttributeError as e: print(e)
k = d.keys()
print(len(k), k.__len__(), k.__contains__('a'), k.__and__({'a', 'z'}), k.__or__({'z'}) == {'a','b','c','z'}, k.__sub__({'a'}), k.__xor__({'a', 'q'}) == {'b','c','q'}, k.__rsub__({'a', 'z'}), k.isdisjoint(['q']), k.isdisjoint(['a']), d.values().__len__(), d.items().__contains__(('a', 1)))
try: k.__and__(5)
except TypeError as e: print(e)
print(k.__rand__([1, "a"]), k.__ror__(["q"]) == {"a", "b", "c", "q"}, d.items().__and__({("a", 1)}), k.__rxor__(["a", "q"]) == {"b", "c", "q"})
