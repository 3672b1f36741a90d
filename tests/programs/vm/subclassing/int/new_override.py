# __new__ builds the value through int.__new__; __repr__/__str__ override.
class Cents(int):
    def __new__(cls, dollars, cents=0):
        return super().__new__(cls, dollars * 100 + cents)

    def __repr__(self):
        return f"Cents({int(self)})"

    def __str__(self):
        return f"${self // 100}.{self % 100:02d}"

c = Cents(3, 5)
print(c, repr(c), [c], c + 1, type(c + 1).__name__, f"{c}", "%s" % c, "%r" % c)
print(int.__new__(Cents, 42), type(int.__new__(Cents, 42)).__name__)
try:
    int.__new__(str, 1)
except TypeError as e:
    print('TypeError:', e)
