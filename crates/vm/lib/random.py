"""Pseudo-random numbers: the Mersenne Twister (MT19937) and distributions.

For the same seed this module yields the same numbers as CPython 3.11's
`random`: the generator state is seeded from an integer's 32-bit words by
MT19937's array initialisation, `random()` joins 27 and 26 bits into a
53-bit float, and integers below a bound are drawn by rejection from
`getrandbits(bound.bit_length())`.
"""

import math as _math

__all__ = [
    "Random", "SystemRandom", "seed", "random", "uniform", "triangular",
    "randint", "choice", "randrange", "sample", "shuffle", "choices",
    "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate",
    "gammavariate", "gauss", "betavariate", "paretovariate",
    "weibullvariate", "getstate", "setstate", "getrandbits", "randbytes",
]

_N = 624
_M = 397
_MASK32 = 0xFFFFFFFF
_UPPER = 0x80000000
_LOWER = 0x7FFFFFFF
_TWIST = 0x9908B0DF

TWOPI = 2.0 * _math.pi
LOG4 = _math.log(4.0)
SG_MAGICCONST = 1.0 + _math.log(4.5)
NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)
BPF = 53
RECIP_BPF = 2.0 ** -BPF

_ONE = 1


# ---------------------------------------------------------------- SHA-512
# String and bytes seeds are widened with their SHA-512 digest.

_SHA512_K = None


def _sha512_constants():
    # The first 64 bits of the fractional parts of the cube roots of the
    # first 80 primes (round constants) and square roots of the first 8
    # (initial hash), computed exactly with integer roots.
    primes = []
    candidate = 2
    while len(primes) < 80:
        if all(candidate % p for p in primes if p * p <= candidate):
            primes.append(candidate)
        candidate += 1

    def root_fraction(p, degree):
        scaled = p << (64 * degree)
        lo, hi = 0, 1 << (64 + 8)
        while lo < hi:
            mid = (lo + hi + 1) >> 1
            if mid ** degree <= scaled:
                lo = mid
            else:
                hi = mid - 1
        return lo & 0xFFFFFFFFFFFFFFFF

    rounds = [root_fraction(p, 3) for p in primes]
    initial = [root_fraction(p, 2) for p in primes[:8]]
    return rounds, initial


def _sha512(data):
    """The SHA-512 digest of `data`, as a 512-bit big-endian integer."""
    global _SHA512_K
    if _SHA512_K is None:
        _SHA512_K = _sha512_constants()
    rounds, initial = _SHA512_K
    mask = 0xFFFFFFFFFFFFFFFF

    def rotr(x, n):
        return ((x >> n) | (x << (64 - n))) & mask

    message = bytes(data)
    length_bits = len(message) * 8
    message += b"\x80"
    message += b"\x00" * ((112 - len(message) % 128) % 128)
    message += length_bits.to_bytes(16, "big")
    h = list(initial)
    for start in range(0, len(message), 128):
        block = message[start:start + 128]
        w = [_int_from_big_endian(block[i:i + 8]) for i in range(0, 128, 8)]
        for t in range(16, 80):
            s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7)
            s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & mask)
        a, b, c, d, e, f, g, hh = h
        for t in range(80):
            s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)
            ch = (e & f) ^ (~e & g)
            t1 = (hh + s1 + ch + rounds[t] + w[t]) & mask
            s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (s0 + maj) & mask
            hh, g, f, e, d, c, b, a = g, f, e, (d + t1) & mask, c, b, a, (t1 + t2) & mask
        h = [(x + y) & mask for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    digest = 0
    for word in h:
        digest = (digest << 64) | word
    return digest


def _int_from_big_endian(data):
    n = 0
    for byte in data:
        n = (n << 8) | byte
    return n


def _index(value):
    """The integer `value` stands for, by its __index__ (TypeError if none)."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError(
            "'%s' object cannot be interpreted as an integer" % type(value).__name__
        )
    return method(value)


def _is_sequence(obj):
    if isinstance(obj, (list, tuple, str, range, bytes, bytearray)):
        return True
    if isinstance(obj, (dict, set, frozenset)):
        return False
    cls = type(obj)
    return hasattr(cls, "__getitem__") and hasattr(cls, "__len__") and not hasattr(cls, "keys")


def _accumulate(values):
    total = None
    out = []
    for v in values:
        total = v if total is None else total + v
        out.append(total)
    return out


def _bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


class Random:
    """A Mersenne Twister generator; subclass it to change the core source
    (override random(), seed(), getstate(), setstate(), getrandbits())."""

    VERSION = 3

    def __init__(self, x=None):
        self._mt = [0] * _N
        self._out = [0] * _N
        self._mti = _N + 1
        self.gauss_next = None
        self.seed(x)

    # ------------------------------------------------------------ core

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & _MASK32
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
        self._mti = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i, j = 1, 0
        length = len(key)
        for _ in range(max(_N, length)):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _MASK32
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= length:
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK32
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000
        self._mti = _N

    def _generate(self):
        """Twist the state into its next 624 words and temper them all.

        Word k becomes mt[k + 397] ^ twist(mt[k], mt[k + 1]) with indices
        modulo 624; a word at k + 397 past the end is one already replaced
        in this pass, so the words are built in four runs, each from the
        runs before it."""
        old = self._mt
        upper, lower = _UPPER, _LOWER
        mag = (0, _TWIST)
        first = [old[k + _M] ^ (((old[k] & upper) | (old[k + 1] & lower)) >> 1) ^ mag[old[k + 1] & 1]
                 for k in range(_N - _M)]
        second = [first[k - (_N - _M)] ^ (((old[k] & upper) | (old[k + 1] & lower)) >> 1) ^ mag[old[k + 1] & 1]
                  for k in range(_N - _M, 2 * (_N - _M))]
        third = [second[k - 2 * (_N - _M)] ^ (((old[k] & upper) | (old[k + 1] & lower)) >> 1) ^ mag[old[k + 1] & 1]
                 for k in range(2 * (_N - _M), _N - 1)]
        y = (old[_N - 1] & upper) | (first[0] & lower)
        last = second[_M - 1 - (_N - _M)] ^ (y >> 1) ^ mag[first[0] & 1]
        self._mt = first + second + third
        self._mt.append(last)
        self._temper_all()
        self._mti = 0

    def _temper_all(self):
        out = []
        append = out.append
        for y in self._mt:
            y ^= y >> 11
            y ^= (y << 7) & 0x9D2C5680
            y ^= (y << 15) & 0xEFC60000
            append(y ^ (y >> 18))
        self._out = out

    def _genrand_uint32(self):
        i = self._mti
        if i >= _N:
            self._generate()
            i = 0
        self._mti = i + 1
        return self._out[i]

    def _seed_core(self, a):
        if a is None:
            self._init_by_array(self._entropy())
            return
        if isinstance(a, int):
            n = abs(a)
        else:
            n = abs(hash(a))
        key = []
        while n:
            key.append(n & _MASK32)
            n >>= 32
        if not key:
            key = [0]
        self._init_by_array(key)

    @staticmethod
    def _entropy():
        words = []
        try:
            import time as _time
            stamp = _time.time_ns()
        except ImportError:
            stamp = 0
        stamp ^= id(words) << 16
        for _ in range(_N):
            stamp = (stamp * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
            words.append(stamp >> 32)
        return words

    # ------------------------------------------------------- state API

    def seed(self, a=None, version=2):
        """Initialise the state from `a`: None (the clock), an int (all of
        its bits), a float (its hash), or str/bytes/bytearray."""
        if version == 1 and isinstance(a, (str, bytes)):
            text = a.decode("latin-1") if isinstance(a, bytes) else a
            x = ord(text[0]) << 7 if text else 0
            for c in text:
                x = ((1000003 * x) ^ ord(c)) & 0xFFFFFFFFFFFFFFFF
            x ^= len(text)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            raw = a.encode() if isinstance(a, str) else bytes(a)
            a = (_int_from_big_endian(raw) << 512) | _sha512(raw)
        elif not (a is None or isinstance(a, (int, float, str, bytes, bytearray))):
            raise TypeError(
                "The only supported seed types are: None,\n"
                "int, float, str, bytes, and bytearray."
            )
        self._seed_core(a)
        self.gauss_next = None

    def getstate(self):
        """The generator's state, for setstate()."""
        return self.VERSION, tuple(self._mt) + (self._mti,), self.gauss_next

    def setstate(self, state):
        """Restore a state returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internal, self.gauss_next = state
        elif version == 2:
            version, internal, self.gauss_next = state
            try:
                internal = tuple(x % (2 ** 32) for x in internal)
            except ValueError as e:
                raise TypeError from e
        else:
            raise ValueError(
                "state with version %s passed to Random.setstate() of version %s"
                % (version, self.VERSION)
            )
        if not isinstance(internal, tuple):
            raise TypeError("state vector must be a tuple")
        if len(internal) != _N + 1:
            raise ValueError("state vector is the wrong size")
        words = []
        for w in internal[:_N]:
            if not isinstance(w, int):
                raise TypeError("state vector items must be integers")
            words.append(w & _MASK32)
        index = internal[_N]
        if not 0 <= index <= _N:
            raise ValueError("invalid state")
        self._mt = words
        self._temper_all()
        self._mti = index

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # --------------------------------------------------------- numbers

    def random(self):
        """A float in [0.0, 1.0) with 53 random bits."""
        i = self._mti
        if i < _N - 1:
            out = self._out
            self._mti = i + 2
            return ((out[i] >> 5) * 67108864.0 + (out[i + 1] >> 6)) * (1.0 / 9007199254740992.0)
        a = self._genrand_uint32() >> 5
        b = self._genrand_uint32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """An int with `k` random bits."""
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k == 0:
            return 0
        if k <= 32:
            return self._genrand_uint32() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:
            word = self._genrand_uint32()
            if k < 32:
                word >>= 32 - k
            result |= word << shift
            shift += 32
            k -= 32
        return result

    def randbytes(self, n):
        """`n` random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, "little")

    @classmethod
    def __init_subclass__(cls, /, **kwargs):
        """Pick how a subclass draws integers below a bound: from its own
        getrandbits() if it has one, else from its random() if it
        replaced that, else as its base class does."""
        for klass in cls.__mro__:
            if "_randbelow" in klass.__dict__:
                break
            if "getrandbits" in klass.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if "random" in klass.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def _randbelow_with_getrandbits(self, n):
        """An int in [0, n), by rejection sampling over getrandbits()."""
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """An int in [0, n) from random() alone (53 bits at a time)."""
        random = self.random
        if n >= maxsize:
            try:
                from warnings import warn
            except ImportError:
                pass
            else:
                warn(
                    "Underlying random() generator does not supply \n"
                    "enough bits to choose from a population range this large.\n"
                    "To remove the range limitation, add a getrandbits() method.",
                    stacklevel=2,
                )
            return _math.floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _math.floor(r * maxsize) % n

    def _randbelow(self, n):
        """An int in [0, n), by rejection sampling over the generator's
        words (what getrandbits(n.bit_length()) would give)."""
        k = n.bit_length()
        if k <= 32:
            shift = 32 - k
            r = self._genrand_uint32() >> shift
            while r >= n:
                r = self._genrand_uint32() >> shift
            return r
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def _integer_argument(self, value, which):
        try:
            return _index(value)
        except TypeError:
            converted = int(value)
            if converted != value:
                raise ValueError("non-integer %s for randrange()" % which)
            return converted

    def randrange(self, start, stop=None, step=_ONE):
        """A random item from range(start, stop, step), without building it."""
        istart = start if type(start) is int else self._integer_argument(start, "arg 1")
        if stop is None:
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = stop if type(stop) is int else self._integer_argument(stop, "stop")
        width = istop - istart
        istep = step if type(step) is int else self._integer_argument(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError(
                "empty range for randrange() (%d, %d, %d)" % (istart, istop, width)
            )
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # ------------------------------------------------------- sequences

    def choice(self, seq):
        """One random element of a non-empty sequence."""
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the list `x` in place (Fisher-Yates, from the end)."""
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """`k` distinct elements chosen from a sequence, in selection order."""
        if not _is_sequence(population):
            raise TypeError(
                "Population must be a sequence.  For dicts or sets, use sorted(d)."
            )
        n = len(population)
        if counts is not None:
            cumulative = _accumulate(counts)
            if len(cumulative) != n:
                raise ValueError("The number of counts does not match the population")
            total = cumulative.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            picks = self.sample(range(total), k=k)
            return [population[_bisect_right(cumulative, s, 0, len(cumulative))] for s in picks]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _math.ceil(_math.log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            chosen = set()
            for i in range(k):
                j = randbelow(n)
                while j in chosen:
                    j = randbelow(n)
                chosen.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """`k` elements chosen with replacement, optionally weighted."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_math.floor(random() * n)] for _ in range(k)]
            try:
                cum_weights = _accumulate(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(
                    "The number of choices must be a keyword argument: k=%r" % (k,)
                ) from None
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _math.isfinite(total):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        return [
            population[_bisect_right(cum_weights, random() * total, 0, hi)]
            for _ in range(k)
        ]

    # --------------------------------------------------- distributions

    def uniform(self, a, b):
        """A float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _math.sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_math.log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by the Box-Muller transform; values come in
        pairs, the second kept for the next call."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _math.sqrt(-2.0 * _math.log(1.0 - self.random()))
            z = _math.cos(angle) * radius
            self.gauss_next = _math.sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal distribution."""
        return _math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate `lambd`."""
        return -_math.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution: mean angle mu, concentration kappa."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _math.sqrt(1.0 + s * s)
        while True:
            z = _math.cos(_math.pi * random())
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _math.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if random() > 0.5:
            return (mu + _math.acos(f)) % TWOPI
        return (mu - _math.acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        random = self.random
        log = _math.log
        exp = _math.exp
        if alpha > 1.0:
            # Cheng's rejection algorithm.
            ainv = _math.sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = log(u1 / (1.0 - u1)) / ainv
                x = alpha * exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= log(z):
                    return x * beta
        if alpha == 1.0:
            return -log(1.0 - random()) * beta
        # Ahrens and Dieter's algorithm GS for shapes below one.
        while True:
            b = (_math.e + alpha) / _math.e
            p = b * random()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1]."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution: scale alpha, shape beta."""
        return alpha * (-_math.log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from the operating system's entropy source."""

    def random(self):
        return (self.getrandbits(56) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        count = (k + 7) // 8
        with open("/dev/urandom", "rb") as source:
            data = source.read(count)
        return _int_from_big_endian(data) >> (count * 8 - k)

    def randbytes(self, n):
        with open("/dev/urandom", "rb") as source:
            return source.read(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
