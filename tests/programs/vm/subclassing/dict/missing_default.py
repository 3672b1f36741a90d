# __missing__ in a dict subclass: the shape of collections.defaultdict.
class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value

dd = Default(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b'].append(3)
print(dd, dd.get('q'), 'q' in dd, len(dd))
