# Operator and protocol dunders of a plain class: reflected and in-place
# operators, NotImplemented fallback, conversions, the __getitem__ iteration
# fallback, context managers, __call__, __set_name__, attribute hooks.
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __iadd__(self, o): self.x += o; return self
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return 'rmul'
    def __repr__(self): return f"V({self.x})"
    def __eq__(self, o): return isinstance(o, V) and o.x == self.x
    def __lt__(self, o): return self.x < o.x
    def __index__(self): return self.x
    def __format__(self, spec): return f"V<{spec}>"
    def __bool__(self): return self.x != 0
    def __neg__(self): return V(-self.x)
    def __matmul__(self, o): return 'matmul'
    def __divmod__(self, o): return ('dm', o)
    def __pow__(self, o, mod=None): return ('pow', o, mod)
    def __round__(self, n=None): return ('round', n)
    def __abs__(self): return 'abs'
    def __invert__(self): return 'inv'
    def __int__(self): return 42
    def __float__(self): return 1.5
    def __complex__(self): return 2j
print(V(1) + 2, 3 + V(1), V(1) + V(2), 2 * V(1), V(1) @ V(2), divmod(V(1), 3), pow(V(2), 3, 5), V(2) ** 2)
v = V(1); v += 5; print(v, V(1) == V(1), V(1) != V(2), sorted([V(3), V(1)]), V(2) > V(1), hasattr(V, '__le__'))
print([10, 20, 30][V(1)], f"{V(1):abc}", format(V(1)), bool(V(0)), -V(3), round(V(1)), round(V(1), 2), abs(V(1)), ~V(1))
print(int(V(1)), float(V(1)), complex(V(1)), hex(V(255)), bin(V(3)), oct(V(8)))
print(hash(V(1)) if V.__hash__ else 'unhashable', V.__hash__)
try:
    V(1) < 3
except AttributeError as e:
    print('AttributeError', e)
try:
    V(1) * V(2)
except TypeError as e:
    print('TypeError', e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq(), [x for x in Seq()], sorted(Seq(), reverse=True))
class Ctx:
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit', a[0].__name__ if a[0] else None); return True
with Ctx() as c:
    raise ValueError
print('after')
class Call:
    def __call__(self, *a, **k): return (a, k)
print(Call()(1, b=2), callable(Call()), callable(Call))
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, cls): return f"get {self.name}" if obj else self
class H:
    d = Desc()
print(H().d, H.d.name)
class GA:
    def __getattr__(self, n): return n.upper()
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
    def __delattr__(self, n): print('del', n)
g = GA(); g.a = 2; print(g.a, g.zz); del g.a
class GAB:
    def __getattribute__(self, n):
        if n == 'magic': return 42
        return object.__getattribute__(self, n)
print(GAB().magic, hasattr(GAB(), 'nope'))
class Eq:
    def __eq__(self, o): return True
print(Eq.__hash__, Eq() == 1)
