# Subclass instances as dict keys and set members: hash and == of the base
# unless overridden.
class S(str):
    pass

class Folded(str):
    def __eq__(self, other):
        return self.casefold() == str(other).casefold()

    def __hash__(self):
        return hash(self.casefold())

d = {S('a'): 1, 'b': 2}
print(d['a'], d[S('b')], S('a') in {'a'}, {S('x'), 'x'})
f = {Folded('Key'): 'v'}
print(f[Folded('KEY')], Folded('A') == 'a', len({Folded('A'), Folded('a')}))

class NoHash(int):
    def __eq__(self, other):
        return True

try:
    hash(NoHash(1))
except TypeError as e:
    print('TypeError:', e)
