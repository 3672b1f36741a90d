# doctest.testmod over a module: passing and failing examples in the
# module, function, class, method, property, staticmethod and __test__
# docstrings; <BLANKLINE>, ELLIPSIS, IGNORE_EXCEPTION_DETAIL and SKIP
# directives; expected tracebacks; the quiet and verbose reports.
"""Module doc.

>>> 1 + 1
2
"""
def f(x):
    """Add one.

    >>> f(1)
    2
    >>> f(2)
    4
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> [1, 2, 3]  # doctest: +ELLIPSIS
    [1, ...]
    >>> raise ValueError("boom")
    Traceback (most recent call last):
      ...
    ValueError: boom
    >>> raise ValueError("boom")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: other
    >>> x = 5
    >>> x
    6
    >>> print('hi')
    >>> 1 # doctest: +SKIP
    7
    """
    return x + 1

class C:
    """A class.

    >>> C().m()
    'm'
    """
    def m(self):
        """>>> C().m()
        'M'
        """
        return 'm'
    @property
    def p(self):
        """>>> 1
        2
        """
    @staticmethod
    def s():
        """>>> 3
        3
        """

def nodoc(): pass

__test__ = {'extra': """
>>> 5
5
"""}

if __name__ == '__main__':
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(verbose=True))
    print(doctest.DocTestFinder().find(f))
