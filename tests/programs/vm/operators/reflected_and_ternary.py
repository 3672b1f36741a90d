class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        print("add", self, o)
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", self, o)
        return V(o + self.x)
    def __iadd__(self, o):
        print("iadd", self, o)
        self.x += o.x if isinstance(o, V) else o
        return self
    def __neg__(self):
        return V(-self.x)
    def __abs__(self):
        return V(abs(self.x))
    def __matmul__(self, o):
        return self.x * o.x
    def __lt__(self, o):
        print("lt", self, o)
        return self.x < o.x
    def __eq__(self, o):
        print("eq", self, o)
        return isinstance(o, V) and self.x == o.x
    __hash__ = None

a, b = V(1), V(2)
print(a + b)
print(a + 3)
print(3 + a)
a += b
a += 1
print(a)
print(-a, abs(V(-4)), a @ b)
print(a < b, a > b)
print(a == b, a != b)
try:
    hash(a)
except TypeError as e:
    print(e)

class W(V):
    def __radd__(self, o):
        print("W radd", self, o)
        return "W wins"
print(V(1) + W(2))

try:
    a + "s"
except TypeError as e:
    print(e)
try:
    "s" - a
except TypeError as e:
    print(e)
try:
    a < 3
except AttributeError as e:
    print("AttributeError", e)

class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(10)[Idx()])
print(3 * [Idx()][0].__index__())

class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(1))
x = Cmp(1)
print(x == x, x != x)

class Num:
    def __init__(self, v): self.v = v
    def __truediv__(self, o): return f"{self.v}/{o}"
    def __rtruediv__(self, o): return f"{o}/{self.v}"
    def __floordiv__(self, o): return f"{self.v}//{o}"
    def __mod__(self, o): return f"{self.v}%{o}"
    def __pow__(self, o, mod=None): return f"{self.v}**{o} mod {mod}"
    def __rpow__(self, o): return f"{o}**{self.v}"
    def __lshift__(self, o): return f"{self.v}<<{o}"
    def __and__(self, o): return f"{self.v}&{o}"
    def __ror__(self, o): return f"{o}|{self.v}"
    def __xor__(self, o): return f"{self.v}^{o}"
    def __invert__(self): return f"~{self.v}"
n = Num(7)
print(n / 2, 2 / n, n // 3, n % 4, n ** 2, 2 ** n, pow(n, 2, 5))
print(n << 1, n & 1, 1 | n, n ^ 3, ~n)
