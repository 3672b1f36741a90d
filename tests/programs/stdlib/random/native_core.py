# The core generator behind random.Random: random(), getrandbits() and
# seeding from ints of any size, negative ints, floats (by their hash,
# read as an unsigned 64-bit number), str, bytes and bytearray, and the
# state tuples getstate() hands out.
import random
import _random

for seed in (0, 1, 42, -42, 2 ** 32, 2 ** 32 - 1, 2 ** 64 + 5, -(2 ** 100), 10 ** 50,
             1.5, -1.5, 0.0, 3.25e100, "", "a", "hello world", b"bytes",
             bytearray(b"\x00\xff"), True):
    r = random.Random(seed)
    print(repr(seed)[:30], r.random(), r.getrandbits(7), r.getrandbits(32),
          r.getrandbits(33), r.getrandbits(100), r.randrange(10 ** 30))

r = random.Random(5)
print([r.getrandbits(k) for k in (0, 1, 31, 32, 63, 64, 65, 200)])
print(r.randbytes(10), r.randbytes(0))
random.seed(7, version=1)
print(random.random())
random.seed("text", version=1)
print(random.random())
random.seed(b"text", version=1)
print(random.random())

core = _random.Random(42)
print(core.random(), random.Random(42).random())
core.seed(3)
print(core.getrandbits(40), type(core).__name__, type(core).__module__)
state = core.getstate()
print(type(state).__name__, len(state), state[-1], state[0])
core.setstate(state)
print(core.getrandbits(40))

big = random.Random(1)
for _ in range(700):
    big.random()
print(big.getstate()[1][-1], big.random())


def attempt(label, action):
    try:
        print(label, action())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("setstate list", lambda: core.setstate([0] * 625))
attempt("setstate short", lambda: core.setstate((0,) * 10))
attempt("setstate str item", lambda: core.setstate(("x",) + (0,) * 624))
attempt("setstate negative", lambda: core.setstate((-1,) + (0,) * 624))
attempt("setstate index", lambda: core.setstate((0,) * 624 + (625,)))
attempt("setstate index neg", lambda: core.setstate((0,) * 624 + (-1,)))
attempt("getrandbits float", lambda: core.getrandbits(1.5))
attempt("getrandbits negative", lambda: core.getrandbits(-3))
attempt("Random 2 args", lambda: _random.Random(1, 2))
attempt("seed list", lambda: random.Random([1]))
attempt("version 9", lambda: random.Random(1).setstate((9, (), None)))
r = random.Random(9)
v2 = (2, tuple(x + 2 ** 32 for x in r.getstate()[1][:-1]) + (624,), None)
r.setstate(v2)
print(r.random())


class Mine(random.Random):
    def random(self):
        return 0.5


m = Mine(3)
print(m.randrange(10), m.choice("abc"), m._randbelow.__name__)
print(random.Random._randbelow.__name__, isinstance(m, _random.Random))
