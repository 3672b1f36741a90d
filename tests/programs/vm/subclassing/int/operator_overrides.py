# Operators defined in the subclass win; the reflected ones are used when needed.
class Neg(int):
    def __add__(self, other):
        return Neg(int(self) - other)

    def __radd__(self, other):
        return 'radd'

    def __neg__(self):
        return 'neg!'

    def __eq__(self, other):
        return 'eq'

    __hash__ = int.__hash__

print(Neg(5) + 3, type(Neg(5) + 3).__name__, 3 + Neg(5), -Neg(1), Neg(1) == 2, hash(Neg(4)))

class Loud(int):
    def __lt__(self, other):
        print('lt', int(self), int(other))
        return int(self) < int(other)

print(sorted([Loud(3), Loud(1), Loud(2)]))
