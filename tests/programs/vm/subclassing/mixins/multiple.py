# Mixins with a built-in base; the MRO decides.
class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({super().__repr__()})"

class Named:
    label = 'named'

    def describe(self):
        return f"{self.label}: {len(self)} items"

class Items(ReprMixin, Named, list):
    pass

class Words(ReprMixin, str):
    pass

i = Items([1, 2])
print(i, i.describe(), Items.__mro__)
print(Words('hi'), [Words('a')], Words('hi').upper())
