# super() reaching the built-in base's dunders.
class Tracked(dict):
    def __init__(self, *args, **kwargs):
        self.log = []
        super().__init__(*args, **kwargs)

    def __setitem__(self, key, value):
        self.log.append(('set', key))
        super().__setitem__(key, value)

    def __getitem__(self, key):
        self.log.append(('get', key))
        return super().__getitem__(key)

    def __delitem__(self, key):
        self.log.append(('del', key))
        super().__delitem__(key)

    def __len__(self):
        return super().__len__() * 10

    def __contains__(self, key):
        return super().__contains__(key)

    def __iter__(self):
        return super().__iter__()

t = Tracked(a=1)
t['b'] = 2
print(t['a'], len(t), 'b' in t, list(t))
del t['a']
print(t, t.log)

class Money(int):
    def __add__(self, other):
        return Money(super().__add__(other))

    def __repr__(self):
        return f"Money({super().__repr__()})"

    def __eq__(self, other):
        return super().__eq__(other)

    def __hash__(self):
        return super().__hash__()

    def __format__(self, spec):
        return '$' + super().__format__(spec)

m = Money(5) + 10
print(m, type(m).__name__, m == 15, hash(m) == hash(15), f"{m:03d}", int.__eq__(m, 'x'))
