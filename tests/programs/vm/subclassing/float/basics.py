# A subclass of float.
class F(float):
    pass

f = F(2.5)
print(f, repr(f), type(f).__name__, f + 1, type(f + 1).__name__, f * 2, f / 2, -f, abs(F(-1.5)), f ** 2)
print(f == 2.5, f < 3, hash(f) == hash(2.5), int(f), float(f), type(float(f)).__name__)
print(f.is_integer(), f.hex(), f.as_integer_ratio(), f"{f:.3f}", format(f, 'e'), "%.1f" % f)
print(bool(F(0.0)), str(f), F('1.5e3'), F(), F(7), isinstance(f, float))
print(f.real, f.imag, f.conjugate(), F(3) // 2, F(7) % 3, round(F(2.567), 1), round(F(2.5)))
