class Data:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from nondata"

class C:
    d = Data()
    n = NonData()

c = C()
print(c.d)
c.d = 5
print(c.d, c.__dict__)
c.__dict__["d"] = "instance wins?"
print(c.d)
print(c.n)
c.__dict__["n"] = "instance wins"
print(c.n)
print(type(C.__dict__["d"]).__name__, C.d.name)
del c.__dict__["n"]
print(c.n)

class Ro:
    @property
    def x(self):
        return 1
r = Ro()
try:
    r.x = 3
except AttributeError as e:
    print(e)
try:
    del r.x
except AttributeError as e:
    print(e)

class WithDeleter:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val
    @v.deleter
    def v(self):
        print("deleting")
        del self._v
w = WithDeleter()
w.v = 10
print(w.v)
del w.v
print(hasattr(w, "v"))
print(WithDeleter.v.fget.__name__, WithDeleter.v.__doc__)

class Meth:
    def f(self):
        return self
m = Meth()
bound = m.f
print(bound.__self__ is m, bound.__func__ is Meth.f)
print(Meth.__dict__["f"].__get__(m, Meth)() is m)
print(Meth.__dict__["f"].__get__(None, Meth) is Meth.f)
class SM:
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def c(cls, x):
        return cls.__name__, x
print(SM.s(1), SM().s(2), SM.c(3), SM().c(4))
print(type(SM.__dict__["s"]).__name__, type(SM.__dict__["c"]).__name__)
print(SM.__dict__["s"].__func__(5))
