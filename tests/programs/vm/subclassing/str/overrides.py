# Overridden dunders of a str subclass are used implicitly.
class Up(str):
    def __str__(self):
        return self.upper()

    def __len__(self):
        return 99

    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())

    __hash__ = str.__hash__

    def __contains__(self, x):
        return True

u = Up('abc')
print(u, str(u), len(u), u == 'ABC', repr(u), f"{u}", u + 'd', hash(u) == hash('abc'), 'zzz' in u)
print(str.__len__(u), str.__str__(u), str.__repr__(u), str.__contains__(u, 'z'))
