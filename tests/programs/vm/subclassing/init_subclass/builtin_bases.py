# __init_subclass__ with keyword arguments, through built-in bases.
class Registry:
    names = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.names.append(cls.__name__)

class A(Registry, tag='a'):
    pass

class B(A):
    pass

class DL(dict, Registry, tag='dl'):
    pass

class IL(int, Registry):
    pass

print(A.tag, B.tag, DL.tag, IL.tag, Registry.names, DL(x=1), IL(4) + 1)
try:
    class Bad(int, unknown=1):
        pass
except TypeError as e:
    print('TypeError:', e)
