# C3 linearisation and CPython's error for an inconsistent MRO.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])


class X: pass
class Y(X): pass
try:
    class Bad(X, Y): pass
except TypeError as e:
    print(e)


class Left:
    def who(self):
        return "left " + super().who()


class Right:
    def who(self):
        return "right"


class Both(Left, Right):
    pass


print(Both().who(), [c.__name__ for c in Both.__mro__])
