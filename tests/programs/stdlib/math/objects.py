# math accepts objects with __float__, __index__, __floor__, __ceil__ and __trunc__.
import math


class F:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v


class I:
    def __index__(self):
        return 2**70


class Floor:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "truncated"


print(math.sqrt(F(2.25)), math.exp(F(0.0)), math.isnan(F(math.nan)), math.pow(F(2.0), F(10.0)))
print(math.sqrt(I()), math.log2(I()), math.floor(F(2.5)), math.ceil(F(-2.5)))
print(math.floor(Floor()), math.ceil(Floor()), math.trunc(Floor()))
print(math.isclose(F(1.0), 1), math.copysign(F(1.0), -1), math.fsum([F(0.5), 1, True]), math.hypot(F(3.0), I()))
print(math.isqrt(I()), math.comb(I(), 1), math.log(I(), 2), math.ldexp(F(1.5), 3), math.ldexp(1, True))
for bad in ["math.sqrt(F('x'))", "math.sqrt(F(1))", "math.factorial(F(3.0))", "math.ldexp(1.0, I())",
            "math.ldexp(1.0, 1.5)", "math.sqrt(None)", "math.sqrt([1])", "math.floor(None)", "math.trunc(None)",
            "math.isclose(1.0, 1.0, rel_tol='x')", "math.isclose(a=1.0)", "math.isclose(1.0, 1.0, foo=1)", "math.prod([1], step=2)", "math.lcm(x=1)",
            "math.log(I(), 0)", "math.log(-I())", "math.log(0.0)", "math.log10(-1)", "math.log2(0)",
            "math.atan2(1, 'a')", "math.nextafter(1.0)", "math.ulp()", "math.modf(1, 2)"]:
    try:
        print(bad, "->", eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__ + ":", e)
