# A subclass of int: its instances are ints, results of arithmetic are plain ints.
class MyInt(int):
    pass

x = MyInt(5)
print(x, repr(x), type(x).__name__, type(x) is MyInt, isinstance(x, int))
print(x + 1, type(x + 1).__name__, x * 2, -x, abs(MyInt(-3)), x // 2, x % 3, x ** 2)
print(x == 5, 5 == x, x < 6, x >= 5, hash(x) == hash(5))
print({x: 'a'}[5], {5: 'b'}[x])
print(x.bit_length(), x.real, x.imag, x.numerator, x.denominator)
print(int(x), type(int(x)).__name__, float(x), str(x), bool(MyInt(0)), bool(x))
print(MyInt('ff', 16), MyInt(), MyInt(3.9), MyInt(True), type(MyInt(True)).__name__)
print(x.__class__, MyInt.__mro__, MyInt.__bases__)
