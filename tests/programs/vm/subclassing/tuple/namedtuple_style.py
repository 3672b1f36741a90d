# The shape collections.namedtuple generates: __slots__ = (), tuple.__new__, properties.
class Point(tuple):
    __slots__ = ()
    _fields = ('x', 'y')

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"

    def _replace(self, **kw):
        return Point(kw.get('x', self.x), kw.get('y', self.y))

    def _asdict(self):
        return dict(zip(self._fields, self))

p = Point(1, 2)
print(p, p.x, p.y, p == (1, 2), [p], {p: 1}, p._replace(y=5), isinstance(p, tuple), len(p))
print(p._asdict(), Point._fields, x + y if (x := p.x) and (y := p.y) else 0)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    p.__dict__
except AttributeError as e:
    print('AttributeError:', e)
x, y = p
print(x + y, p + (3,), p * 2, hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 5)]))
