# getstate/setstate replay the stream; bad arguments raise CPython's errors.
import random

r = random.Random(11)
state = r.getstate()
first = [r.random() for _ in range(5)]
r.setstate(state)
print(first == [r.random() for _ in range(5)])
print(state[0], len(state[1]), state[1][-1], state[2])
r.gauss()
print(r.getstate()[2] is not None)
other = random.Random()
other.setstate(r.getstate())
print(other.random() == r.random(), other.gauss() == r.gauss())

def attempt(label, action):
    try:
        print(label, action())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("empty choice", lambda: r.choice([]))
attempt("randrange(0)", lambda: r.randrange(0))
attempt("randrange(5, 5)", lambda: r.randrange(5, 5))
attempt("zero step", lambda: r.randrange(0, 10, 0))
attempt("empty step range", lambda: r.randrange(10, 0, 2))
attempt("str arg", lambda: r.randrange("a"))
attempt("randint reversed", lambda: r.randint(5, 1))
attempt("negative bits", lambda: r.getrandbits(-1))
attempt("sample too large", lambda: r.sample([1, 2], 3))
attempt("sample of a set", lambda: r.sample({1, 2}, 1))
attempt("choices k positional", lambda: r.choices("ab", 2))
attempt("weights length", lambda: r.choices("ab", [1], k=1))
attempt("both weights", lambda: r.choices("ab", [1, 1], cum_weights=[1, 2]))
attempt("zero weights", lambda: r.choices("ab", [0, 0]))
attempt("bad seed", lambda: random.Random([1, 2]))
attempt("bad version", lambda: r.setstate((9, (), None)))
attempt("gamma", lambda: r.gammavariate(0, 1))
attempt("counts", lambda: r.sample("ab", 1, counts=[1]))

import copy
twin = copy.copy(random.Random(21))
deep = copy.deepcopy(random.Random(21))
print(twin.random() == deep.random() == random.Random(21).random(), type(twin).__name__)
