# for-loops, unpacking and builtins over subclass instances.
class L(list): pass
class D(dict): pass
class S(str): pass
class T(tuple): pass

for v in (L([1, 2]), D(a=1, b=2), S('xy'), T((3, 4))):
    out = []
    for item in v:
        out.append(item)
    print(type(v).__name__, out, list(v), sorted(v), len(v), min(v), [*v], list(enumerate(v)))

class Countdown(list):
    def __iter__(self):
        return iter(range(len(self), 0, -1))

c = Countdown('abc')
print(list(c), [x for x in c], sum(c), tuple(c), list.__iter__(c).__next__())
