# hmac: RFC 2104 MACs over several hashes, incremental updates, copy,
# compare_digest, and the errors.
import hashlib
import hmac

for digestmod in ["md5", "sha1", "sha256", "sha512", hashlib.sha224, "sha3_256"]:
    h = hmac.new(b"key", b"The quick brown fox", digestmod)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
long_key = b"k" * 200
print(hmac.new(long_key, b"msg", "sha256").hexdigest())
h = hmac.new(b"key", digestmod="sha256")
h.update(b"The quick ")
c = h.copy()
h.update(b"brown fox")
print(h.hexdigest() == hmac.new(b"key", b"The quick brown fox", "sha256").hexdigest())
print(c.hexdigest() == hmac.new(b"key", b"The quick ", "sha256").hexdigest())
print(hmac.digest(b"key", b"msg", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("abc", "abc"),
      hmac.compare_digest(b"abc", b"ab"), hmac.compare_digest(bytearray(b"x"), b"x"))

attempts = [
    lambda: hmac.new(b"key"),
    lambda: hmac.new("key", b"m", "sha256"),
    lambda: hmac.compare_digest("abc", b"abc"),
    lambda: hmac.compare_digest("é", "é"),
    lambda: hmac.compare_digest(1, 2),
    lambda: hmac.compare_digest(b"a", 1),
    lambda: hmac.compare_digest("a", 1),
    lambda: hmac.compare_digest(1, b"a"),
]
for f in attempts:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
