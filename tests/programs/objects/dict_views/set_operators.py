# The set operators of dict_keys and dict_items (&, |, -, ^), with views,
# sets and any iterable on either side, in-place forms, isdisjoint, and
# CPython's errors (dict_values is not set-like).
def show(expr):
    try:
        r = eval(expr)
        print(expr, '->', type(r).__name__, sorted(r, key=repr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)


d = {'a': 1, 'b': 2, 'c': 3}
e = {'b': 2, 'c': 30, 'd': 4}
for op in '&|-^':
    for expr in [
        "d.keys() {} e.keys()",
        "d.items() {} e.items()",
        "d.keys() {} ['a', 'z']",
        "['a', 'z'] {} d.keys()",
        "{{'a', 'q'}} {} d.keys()",
        "d.keys() {} {{'a', 'q'}}",
        "frozenset('az') {} d.keys()",
        "d.keys() {} 'abz'",
        "d.items() {} {{('a', 1), ('q', 0)}}",
        "[('a', 1), ('b', 5)] {} d.items()",
        "d.keys() {} d.items()",
        "d.keys() {} 1",
        "1 {} d.keys()",
        "d.values() {} d.values()",
        "d.keys() {} [[1]]",
    ]:
        show(expr.format(op))

# The results are ordinary sets, printed in CPython's iteration order.
print(d.keys() & e.keys())
print(d.keys() | e.keys())
print(d.items() ^ e.items())
print(d.keys() ^ e.keys())
print({'a', 'q'} ^ d.keys())
print(d.keys() - {'a'})

x = d.keys()
x |= {'zz'}
print(type(x).__name__, sorted(x))
y = d.items()
y &= [('a', 1)]
print(type(y).__name__, y)
print('live view:', sorted(d.keys()))

for expr in [
    "d.keys().isdisjoint(['z'])",
    "d.keys().isdisjoint('abc')",
    "d.items().isdisjoint([('a', 1)])",
    "d.items().isdisjoint([('a', 2)])",
    "d.items().isdisjoint(5)",
]:
    try:
        print(expr, '->', eval(expr))
    except Exception as exc:
        print(expr, '->', type(exc).__name__ + ':', exc)
