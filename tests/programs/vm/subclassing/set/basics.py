# Subclasses of set.
class S(set):
    pass

s = S([3, 1, 2])
print(s, repr(s), type(s).__name__, len(s), 2 in s, sorted(s), S(), bool(S()))
s.add(5)
s.discard(1)
print(sorted(s), s == {2, 3, 5}, s | {9}, type(s | {9}).__name__, s & {2}, s - {2}, s ^ {2, 7})
print(s.copy(), type(s.copy()).__name__)
s |= {10}
print(type(s).__name__, sorted(s))
s.tag = 1
print(s.tag)
try:
    hash(s)
except TypeError as e:
    print('TypeError:', e)

class Tags(set):
    def __init__(self, *items):
        super().__init__(items)

    def __repr__(self):
        return 'Tags' + repr(sorted(self))

    def __contains__(self, x):
        return set.__contains__(self, x.lower())

tg = Tags('a', 'b')
print(tg, 'A' in tg, len(tg), [tg])
