# Subclasses of type as metaclasses, also for classes with built-in bases.
class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns['made_by'] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print('calling', cls.__name__)
        return super().__call__(*args, **kwargs)

    def __repr__(cls):
        return f"<M {cls.__name__}>"

class Q(metaclass=M):
    def __init__(self, v):
        self.v = v

q = Q(3)
print(q.v, Q.made_by, Q, type(Q), isinstance(Q, type), isinstance(Q, M))

class MI(int, metaclass=M):
    pass

print(MI(7) + 1, MI.made_by, type(MI(7)))

class Meta(type):
    pass

class Both(type, metaclass=Meta):
    pass

print(type(Both), Both.__mro__)
