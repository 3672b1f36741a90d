# __missing__ returning a default without storing it: the shape of Counter.
class Counter(dict):
    def __missing__(self, key):
        return 0

    def update_from(self, iterable):
        for x in iterable:
            self[x] += 1

c = Counter()
c.update_from('abracadabra')
print(sorted(c.items()), c['z'], 'z' in c, dict.__getitem__(c, 'a'))
try:
    dict.__getitem__(Counter(), 'zz')
except KeyError as e:
    print('KeyError', e)
try:
    {}['nope']
except KeyError as e:
    print('KeyError', e)
