# secrets: token sizes and alphabets, and values within their ranges
# (the values themselves are random, so only their shape is printed).
import secrets
import string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__)
print(len(secrets.token_hex()), len(secrets.token_hex(4)), all(c in string.hexdigits for c in secrets.token_hex(8)))
tok = secrets.token_urlsafe(20)
print(len(tok), all(c in string.ascii_letters + string.digits + "-_" for c in tok))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(200)), secrets.randbits(0))
print(secrets.choice("a") , secrets.choice([1, 2, 3]) in (1, 2, 3))
print(secrets.compare_digest(b"a", b"a"), secrets.compare_digest("a", "b"))
print(len({secrets.token_hex(16) for _ in range(50)}))
for f in [lambda: secrets.randbelow(0), lambda: secrets.choice([]), lambda: secrets.randbits(-1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
