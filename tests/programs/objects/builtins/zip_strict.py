# zip(strict=True): CPython's ValueErrors for iterators of different lengths,
# and zip's keyword errors.
for a in [([1,2],[1]), ([1],[1,2]), ([1,2],[1,2],[1]), ([1,2],[1,2],[1,2,3]), ([1],[1],[1]), ()]:
    try: print(list(zip(*a, strict=True)))
    except ValueError as e: print(e)
print(list(zip([1, 2], 'ab', strict=False)), list(zip([1, 2], [3], strict=0)))
for stmt in ["zip([], x=1)", "zip([], strict=1, x=2)"]:
    try: eval(stmt)
    except TypeError as e: print(e)
