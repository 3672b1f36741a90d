# Overridden dunders of a list subclass, also when the interpreter calls them.
class Logged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag

    def __getitem__(self, i):
        print('get', i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print('set', i, v)
        super().__setitem__(i, v)

    def __len__(self):
        return 42

    def __contains__(self, x):
        return x == 'magic'

    def __iter__(self):
        yield 'custom'

lg = Logged([1, 2, 3], 't')
print(lg[1], lg.tag)
lg[0] = 9
print(len(lg), 'magic' in lg, 1 in lg, list(lg), [x for x in lg], list.__len__(lg), bool(lg))
print(list.__repr__(lg), repr(lg), sorted(lg))
for item in lg:
    print('loop', item)
