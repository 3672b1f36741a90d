# pickle.dumps and pickle.loads round trips of nested data at every
# protocol: dicts, lists, tuples, sets, bytes, floats, big ints, shared
# references, and instances of a class with __reduce__ and one without.
import pickle
import sys

ITERATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 60


class Record:
    def __init__(self, key, values):
        self.key = key
        self.values = values

    def __eq__(self, other):
        return isinstance(other, Record) and (self.key, self.values) == (other.key, other.values)


class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    def __reduce__(self):
        return (Money, (self.cents, self.currency))

    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)


def build():
    shared = ["shared", 1, 2.5]
    return {
        "ints": list(range(-50, 200)),
        "big": [2 ** 70 + i for i in range(20)],
        "floats": [i / 7 for i in range(100)],
        "text": ["word%d \u00e9" % i for i in range(100)],
        "bytes": [bytes(range(i % 256)) for i in range(0, 400, 40)],
        "tuples": [(i, str(i), None, True) for i in range(60)],
        "sets": {frozenset(range(i)) for i in range(10)},
        "records": [Record("r%d" % i, [i, i + 1]) for i in range(40)],
        "money": [Money(i * 100, "EUR") for i in range(20)],
        "shared": [shared, shared, {"again": shared}],
    }


data = build()
for _ in range(ITERATIONS):
    sizes = []
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        blob = pickle.dumps(data, protocol)
        sizes.append(len(blob))
        copy = pickle.loads(blob)
print(sizes)
print(copy == data, copy["shared"][0] is copy["shared"][2]["again"])
print(copy["big"][:2], copy["money"][3].cents, copy["records"][5].values)
