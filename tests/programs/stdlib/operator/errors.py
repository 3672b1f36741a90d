# Argument errors of the operator functions.
import operator as op

attempts = [
    lambda: op.add(1),
    lambda: op.add(1, 2, 3),
    lambda: op.neg(),
    lambda: op.neg(1, 2),
    lambda: op.add(1, 2, x=1),
    lambda: op.neg(1, x=1),
    lambda: op.truth(),
    lambda: op.setitem(1, 2),
    lambda: op.call(),
    lambda: op.length_hint(),
    lambda: op.length_hint([], "x"),
    lambda: op.length_hint([], 1, 2),
    lambda: op.index(1.5),
    lambda: op.index("3"),
    lambda: op.concat(1, 2),
    lambda: op.concat({}, {}),
    lambda: op.iconcat(1, []),
    lambda: op.countOf(1, 1),
    lambda: op.indexOf([1], 2),
    lambda: op.add(1, "a"),
    lambda: op.lt(1, "a"),
    lambda: op.neg("a"),
    lambda: op.getitem([1], 5),
    lambda: op.getitem({}, "k"),
    lambda: op.delitem([], 0),
    lambda: op.truediv(1, 0),
    lambda: op.mod(1, 0),
    lambda: op.contains(1, 1),
]
for attempt in attempts:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)
