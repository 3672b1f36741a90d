# Reflected operators, NotImplemented fallback, in-place on immutables,
# rich comparisons falling back to identity.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        return self.__add__(other)
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __truediv__(self, n):
        return Money(self.cents // n)
    def __floordiv__(self, n):
        return self.cents // n
    def __mod__(self, n):
        return self.cents % n
    def __pow__(self, n):
        return self.cents ** n
    def __lshift__(self, n):
        return self.cents << n
    def __and__(self, n):
        return self.cents & n
    def __or__(self, n):
        return self.cents | n
    def __xor__(self, n):
        return self.cents ^ n
    def __matmul__(self, other):
        return "matmul"
    def __repr__(self):
        return f"Money({self.cents})"
    def __le__(self, other):
        return self.cents <= other.cents
    def __ge__(self, other):
        return self.cents >= other.cents


m = Money(250)
print(m + 5, 5 + m, m + Money(1), sum([Money(1), Money(2)]), 1000 - m)
print(m / 2, m // 7, m % 7, Money(3) ** 2, m << 1, m & 15, m | 1, m ^ 3, m @ m)
print(m <= Money(300), m >= Money(300), Money(1) >= Money(1))
print(m == Money(250), m == m, m != Money(250))
try:
    m < Money(3)
except TypeError as e:
    print(e)
try:
    m * 2
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    [] - []
except TypeError as e:
    print(e)
t = (1, 2)
t += (3,)
s = "ab"
s *= 2
lst = [1]
alias = lst
lst += [2]
print(t, s, alias, alias is lst)
