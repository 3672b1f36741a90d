# types: SimpleNamespace, the type names, and dynamic class creation.
import types

ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns))
print(ns == types.SimpleNamespace(a=1, b="two", c=[3]), ns == types.SimpleNamespace(a=1))
del ns.c
ns.self = ns
print(ns)
class Settings(types.SimpleNamespace):
    pass
print(Settings(debug=True), types.SimpleNamespace())
try:
    types.SimpleNamespace({"a": 1})
except TypeError:
    print("positional arguments are refused")

def function():
    pass

def generator():
    yield 1

class C:
    def method(self):
        pass

print(type(function) is types.FunctionType, types.LambdaType is types.FunctionType)
print(isinstance(generator(), types.GeneratorType), isinstance(C().method, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.ModuleType.__name__)

def body(ns):
    ns["greet"] = lambda self: "hi from " + type(self).__name__
    ns["size"] = 3

Dynamic = types.new_class("Dynamic", (C,), exec_body=body)
print(Dynamic.__name__, Dynamic().greet(), Dynamic.size, Dynamic.__mro__[1] is C)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, sorted(kwargs))
        return {"prepared": True}
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kwargs
        return cls

Made = types.new_class("Made", (), {"metaclass": Meta, "flag": 1})
print(type(Made).__name__, Made.prepared, Made.options)
meta, namespace, kwds = types.prepare_class("P", (), {"metaclass": Meta, "x": 2})
print(meta.__name__, namespace, kwds)
print(types.resolve_bases((int, str)) == (int, str))
