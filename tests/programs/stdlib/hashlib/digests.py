# hashlib: the guaranteed algorithms' digests, sizes and names, update in
# pieces, copy, new(), and the errors.
import hashlib

names = sorted(hashlib.algorithms_guaranteed)
print(names)
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
for name in names:
    h = hashlib.new(name, b"The quick brown fox")
    if name.startswith("shake"):
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest(20), len(h.digest(7)))
        continue
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    g = getattr(hashlib, name)()
    g.update(b"The quick ")
    c = g.copy()
    g.update(b"brown fox")
    print(" ", g.digest() == h.digest(), c.hexdigest() == getattr(hashlib, name)(b"The quick ").hexdigest())

print(hashlib.sha256(b"").hexdigest())
print(hashlib.md5(bytearray(b"abc")).hexdigest(), hashlib.sha1(bytearray(b"abc")).hexdigest())
print(hashlib.new("SHA256", b"x").hexdigest() == hashlib.sha256(b"x").hexdigest())
print(hashlib.blake2b(b"abc", digest_size=16).hexdigest(), hashlib.blake2s(b"abc", digest_size=8).digest_size)
print(hashlib.sha256(b"a" * 100000).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 2, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1).hex())
print(type(hashlib.md5()).__name__, hashlib.md5().name)

attempts = [
    lambda: hashlib.new("nope"),
    lambda: hashlib.sha256("text"),
    lambda: hashlib.md5().update("text"),
    lambda: hashlib.md5().update(5),
    lambda: hashlib.blake2b(digest_size=65),
    lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0),
]
for f in attempts:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
