# __iter__ and __getitem__ overridden on a tuple subclass.
class Rev(tuple):
    def __iter__(self):
        return iter(tuple.__getitem__(self, slice(None, None, -1)))

    def __getitem__(self, i):
        return 'item' + str(i)

r = Rev((1, 2, 3))
print(list(r), r[0], tuple.__getitem__(r, 0), len(r), 2 in r, [x for x in r], tuple(r))
a, b, c = r
print(a, b, c)

class Pair(tuple):
    def __new__(cls, a, b):
        self = super().__new__(cls, [a, b])
        self.total = a + b
        return self

pr = Pair(2, 3)
print(pr, pr.total, pr.__dict__, vars(pr))
