# namedtuple's argument checking and its generated __new__'s errors.
from collections import namedtuple

def attempt(label, action):
    try:
        print(label, action())
    except Exception as e:
        print(label, type(e).__name__, e)

P = namedtuple("P", "x y")
attempt("too few", lambda: P(1))
attempt("too many", lambda: P(1, 2, 3))
attempt("unknown keyword", lambda: P(1, 2, z=3))
attempt("twice", lambda: P(1, x=2))
attempt("_make short", lambda: P._make([1]))
attempt("_replace unknown", lambda: P(1, 2)._replace(w=0))
attempt("duplicate", lambda: namedtuple("Q", "a a"))
attempt("underscore", lambda: namedtuple("Q", "_a"))
attempt("keyword", lambda: namedtuple("Q", "a class"))
attempt("bad type name", lambda: namedtuple("1Q", "a"))
attempt("bad field", lambda: namedtuple("Q", "a-b"))
attempt("too many defaults", lambda: namedtuple("Q", "a", defaults=(1, 2)))
attempt("no __dict__", lambda: P(1, 2).__dict__)
attempt("new attribute", lambda: setattr(P(1, 2), "z", 1))
attempt("empty", lambda: namedtuple("Empty", "")())
attempt("empty fields", lambda: namedtuple("Empty", [])._fields)
