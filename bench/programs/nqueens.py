# N-queens by permutations: a generator function, sets, tuple(genexpr).
def permutations(iterable, r=None):
    pool = tuple(iterable); n = len(pool)
    r = n if r is None else r
    indices = list(range(n)); cycles = list(range(n - r + 1, n + 1))[::-1]
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return
def n_queens(n):
    cols = range(n)
    return [vec for vec in permutations(cols)
            if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols))]
print(len(n_queens(8)))
