# list[int] and friends: types.GenericAlias.
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], set[str], frozenset[int], tuple[()])
g = list[int]
print(g.__origin__, g.__args__, g.__parameters__, g([1, 2]), type(g([1])).__name__)
print(g == list[int], g == list[str], hash(g) == hash(list[int]), repr(g), str(g))
print(type(g).__name__, type(g).__module__)
