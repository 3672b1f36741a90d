# A case-insensitive dict: overridden item access calling the base's.
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())

    def __contains__(self, k):
        return super().__contains__(k.lower())

    def __delitem__(self, k):
        super().__delitem__(k.lower())

lo = Lower()
lo['ABC'] = 1
lo['Def'] = 2
print(lo, lo['aBc'], 'ABC' in lo, lo.get('abc'), len(lo))
del lo['DEF']
print(lo)

class R(dict):
    def __repr__(self):
        return 'R' + super().__repr__()

print(R(a=1), [R(b=2)], {'k': R()}, str(R()))
