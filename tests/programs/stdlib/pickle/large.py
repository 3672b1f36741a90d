# Pickles larger than a protocol 4 frame: where frames end, large bytes
# and text written between frames, and the batches of big containers, all
# as CPython lays them out (compared through a digest of the bytes).
import hashlib
import pickle


class Items(list):
    pass


framed = [
    [("item%d" % i, i * 1.5, "v" * (i % 50 + 2)) for i in range(2000)],
    [b"y" * 70000, "s" * 70000, bytearray(b"z" * 66000)],
    list(range(20000)),
]
batched = [[0] * 1001, dict.fromkeys(range(2000)), set(range(2000)),
           Items(range(1001)), frozenset(range(1001))]
for proto, values in [(4, framed), (5, framed[1:2]), (2, batched), (4, batched)]:
    for v in values:
        data = pickle.dumps(v, proto)
        print(proto, type(v).__name__, len(data), hashlib.sha256(data).hexdigest()[:16], pickle.loads(data) == v)
