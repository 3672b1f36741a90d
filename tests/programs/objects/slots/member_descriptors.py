# __slots__: each slot is a member_descriptor on its class, instances of
# fully slotted classes have no __dict__, slots are inherited, __dict__ and
# __weakref__ may be slots, and reading or deleting an unset slot fails.
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)

def attempt(code):
    try:
        exec(code, globals())
        print(code, '-> ok')
    except Exception as e:
        print(code, '->', type(e).__name__ + ':', e)

class C:
    __slots__ = ('a', 'b')

class D(C):
    __slots__ = 'c'

class E(C):
    pass

class F:
    __slots__ = ('x', '__dict__')

class G:
    __slots__ = ('y', '__weakref__')

class H:
    __slots__ = ()

c = C()
d = D()
e = E()
f = F()
g = G()
for expr in ["C.a", "C.b", "D.c", "type(C.a).__name__", "C.__dict__['a']", "'a' in D.__dict__", "D.a is C.a",
             "C.a.__name__", "C.a.__objclass__", "C.a.__qualname__", "hasattr(c, '__dict__')", "hasattr(d, '__dict__')",
             "hasattr(e, '__dict__')", "hasattr(f, '__dict__')", "F.__dict__['__dict__']", "G.__dict__['__weakref__']",
             "'__weakref__' in C.__dict__", "'__dict__' in C.__dict__", "sorted(k for k in C.__dict__ if not k.startswith('__'))",
             "C.__slots__", "D.__slots__", "H.__slots__", "hasattr(H(), '__dict__')"]:
    show(expr)
for code in ["c.a = 1", "print(c.a)", "print(C.a.__get__(c, C))", "C.a.__set__(c, 5)", "print(c.a)", "c.b", "c.z = 1",
             "del c.a", "c.a", "del c.a", "d.a = 1; d.c = 3; print(d.a, d.c)", "d.q = 1", "e.a = 1; e.q = 2; print(e.a, e.q, 'q' in e.__dict__)",
             "f.x = 1; f.w = 2; print(f.x, f.w, 'w' in f.__dict__)", "g.y = 1; print(g.y)", "g.w = 1", "H().z = 1",
             "C.a.__get__(5, int)", "C.a.__set__(5, 1)", "print(C.a.__get__(None, C))", "print(getattr(c, 'b', 'unset'))",
             "C.a = 7; print(C.a, c.a)"]:
    attempt(code)
