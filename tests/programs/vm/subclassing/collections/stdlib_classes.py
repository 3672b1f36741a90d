# The collections classes written as subclasses of built-in types.
from collections import namedtuple, defaultdict, Counter, OrderedDict
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p._replace(x=5), p._asdict(), P._fields, isinstance(p, tuple), p == (1, 2))
dd = defaultdict(list); dd['a'].append(1); print(dd, dict(dd), type(dd).__name__, isinstance(dd, dict))
c = Counter('abracadabra'); print(c.most_common(2), c['z'], c['a'], sorted(c.elements())[:3])
od = OrderedDict(a=1, b=2); od.move_to_end('a'); print(od, list(od))
