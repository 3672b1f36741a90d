import math
for expr in ["math.sqrt()","math.sqrt(1,2)","math.sqrt(x=1)","math.floor()","math.copysign(1)","math.pow(1)","math.log()","math.log(1,2,3)","math.comb(1)","math.perm()","math.perm(1,2,3)","math.gcd(1.5)","math.factorial(5.0)","math.factorial(-1)","math.isqrt(-1)","math.hypot(x=1)","math.isclose(1)","math.isclose(1,2,rel_tol=-1)","math.prod()","math.fsum()","math.dist([1],[1,2])","math.ldexp(1.0, 2.0)","math.nextafter(1)","math.log(0)","math.log(1,1)","math.sqrt('a')","math.comb(-1,2)","math.perm(2,-1)","math.lcm(1.0)","math.atan2(1)","math.dist(1,2)","math.fsum([1e308,1e308])","math.fsum([float('inf'),-float('inf')])","math.isclose(1,2,3)","math.prod([1],2)","math.trunc(1.5, 2)","math.trunc('a')","math.floor('a')","math.exp(1000)","math.ldexp(1.0, 10**30)","math.ldexp(0.5, -10**30)","math.factorial(10**20)","math.gamma(0)","math.lgamma(-1)","math.modf('a')","math.comb(10**20, 10**19)","math.erf('x')", "math.isqrt(2.0)", "math.pow(0,-1)", "math.pow(10,1000)", "math.fmod(1,0)", "math.log(-1.5)", "math.log(10**400)", "math.log2(2**2000)", "math.acosh(0)", "math.atanh(1)", "math.cosh(1000)"]:
    try: print(expr, '->', repr(eval(expr)))
    except Exception as e: print(expr, '->', type(e).__name__+':', e)
for expr in ["math.copysign(x=1, y=2)", "math.comb(n=1, k=2)", "math.ldexp(x=1, i=2)", "math.perm(n=1)",
             "math.dist(p=1, q=2)", "math.log(x=1)", "math.degrees(1e308)", "math.radians(-1e308)"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
