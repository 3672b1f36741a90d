# pyrite-args: -m doctest -v
"""python -m doctest -v on a module: its examples are run verbosely and
summarised; one fails, so the exit status is 1.

>>> double(4)
8
"""


def double(n):
    """Twice n.

    >>> double(2)
    4
    >>> [double(i) for i in range(3)]
    [0, 2, 4]
    """
    return 2 * n


def halve(n):
    """Half of n, rounded down.

    >>> halve(7)
    3
    >>> halve(-7)
    -3
    """
    return n // 2
