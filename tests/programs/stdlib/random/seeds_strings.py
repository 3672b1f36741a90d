# str, bytes and bytearray seeds are widened with their SHA-512 digest
# (version 2) or hashed CPython's old way (version 1).
import random

for seed in ["", "a", "hello world", "π≈3.14", b"bytes", bytearray(b"\x00\xff" * 100), "x" * 1000]:
    r = random.Random(seed)
    print(repr(seed)[:30], r.random(), r.randrange(1000))

r = random.Random()
for seed in ["abc", b"abc", ""]:
    r.seed(seed, version=1)
    print("v1", repr(seed), r.random())
r.seed("abc", version=2)
print("v2", r.random())
