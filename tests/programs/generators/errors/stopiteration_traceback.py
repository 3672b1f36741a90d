# PEP 479 as CPython reports it: the StopIteration, then the RuntimeError.
def first_of_each(lists):
    for lst in lists:
        it = iter(lst)
        yield next(it)


print(list(first_of_each([[1], [2, 3]])))
print(list(first_of_each([[1], []])))
