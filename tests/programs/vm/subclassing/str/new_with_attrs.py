# str.__new__ through super(), with extra attributes set in __new__.
class Name(str):
    def __new__(cls, first, last):
        obj = super().__new__(cls, f"{first} {last}")
        obj.first = first
        obj.last = last
        return obj

    def __repr__(self):
        return f"Name({self.first!r}, {self.last!r})"

n = Name('Ada', 'Lovelace')
print(n, repr(n), [n], n.first, n.upper(), len(n), str(n), f"{n!r}", n.split())
print(str.__new__(Name, 'raw'), type(str.__new__(Name, 'raw')).__name__)
