class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Registry.__new__", name, sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Registry.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kw)
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return {"injected": 1}
    def __repr__(cls):
        return f"<class {cls.__name__} via Registry>"

class Base(metaclass=Registry):
    def __init__(self, x):
        self.x = x

class Child(Base, flavour="sweet"):
    y = 2

print(Registry.classes, Child.injected, type(Child).__name__, repr(Child))
c = Child(5)
print(c.x, isinstance(c, Base), type(Child) is Registry)

class Plugin:
    plugins = {}
    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if key:
            Plugin.plugins[key] = cls
class A(Plugin, key="a"): pass
class B(Plugin, key="b"): pass
class C(A): pass
print({k: v.__name__ for k, v in Plugin.plugins.items()})
try:
    class D(Plugin, unknown=1): pass
except TypeError as e:
    print(e)

Dynamic = type("Dynamic", (A,), {"attr": 3, "method": lambda self: self.attr * 2})
print(Dynamic.__name__, Dynamic.__mro__, Dynamic().method(), Dynamic.__module__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print(e)
try:
    type("x")
    print(type("x"))
    type("a", "b")
except TypeError as e:
    print(e)

class Meta1(type): pass
class Meta2(type): pass
class X(metaclass=Meta1): pass
class Y(metaclass=Meta2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)

class O1: pass
class O2(O1): pass
try:
    class Bad(O1, O2): pass
except TypeError as e:
    print(e)

class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("init once")
print(Config() is Config())

class WithClassGetItem:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(WithClassGetItem[int], WithClassGetItem["x"])

class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Holder:
    first = Named()
    second = Named()
print(Holder.__qualname__, Holder.__module__, sorted(k for k in vars(Holder) if not k.startswith("__")))
print(type.__name__, type(type), type(object), object.__bases__, type.__bases__, bool.__mro__)
class Abstract:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("__init__", args)
Abstract(1, 2)
class NotInit:
    def __new__(cls):
        return 42
print(NotInit())
