# Built-in classes carry the dunders their operations imply: dict and its
# views have __reversed__ (and the views __iter__), built-in functions have
# __call__, and dict_keys/dict_items are unhashable while dict_values is not.
d = {"a": 1, "b": 2}
print(list(d.__reversed__()), list(d.keys().__reversed__()),
      list(d.items().__reversed__()), list(d.values().__reversed__()))
print(list(d.keys().__iter__()), list(iter(d.items())))
print(len.__call__("abc"), sorted.__call__([3, 1], reverse=True))
for view in (d.keys(), d.items(), d.values()):
    try:
        hash(view)
        print(type(view).__name__, "hashable")
    except TypeError as e:
        print("TypeError:", e)
print(type(d.keys()).__hash__, type(d.items()).__hash__, type(d.values()).__hash__ is None)
print("__reversed__" in dict.__dict__, "__call__" in type(len).__dict__)
