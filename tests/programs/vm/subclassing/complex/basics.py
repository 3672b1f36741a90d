# A subclass of complex.
class C(complex):
    pass

c = C(1, 2)
print(c, repr(c), type(c).__name__, c + 1, type(c + 1).__name__, c.real, c.imag, c.conjugate())
print(abs(C(3, 4)), c == complex(1, 2), hash(c) == hash(complex(1, 2)), C(), C('1+1j'))
