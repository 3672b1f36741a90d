# object's own dunders, reached directly or through super().
print(object().__ne__(1), object.__lt__(1, 2), object().__format__('') == str(object()) if False else 'skip')
print(object.__ge__(1, 1), object.__gt__(1, 0), object.__le__(1, 1))
try:
    format(object(), 'x')
except TypeError as e:
    print('TypeError:', e)

class A:
    def __eq__(self, other):
        return 'EQ'

print(A() != 1, A().__ne__(1), object.__ne__(A(), 2))

class Ordered:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if isinstance(other, Ordered):
            return self.v < other.v
        return super().__lt__(other)

print(Ordered(1) < Ordered(2), Ordered(1).__lt__(3), sorted([Ordered(3), Ordered(1)], key=lambda o: o.v)[0].v)
try:
    Ordered(1) < 3
except TypeError as e:
    print('TypeError:', e)

class Fmt:
    def __format__(self, spec):
        return 'F' + super().__format__('') + spec if False else 'F:' + spec

print(f"{Fmt():xyz}", format(Fmt()))
