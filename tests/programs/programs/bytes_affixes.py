# bytes/bytearray startswith and endswith read the receiver in place:
# bounds, negative and out-of-range positions, tuples of candidates,
# bytes-like arguments and the errors for the rest.
big = b"header:" + b"x" * 100000 + b":trailer"
for receiver in (big, bytearray(big)):
    print(type(receiver).__name__,
          receiver.startswith(b"header"), receiver.endswith(b"trailer"),
          receiver.startswith(b"x", 7), receiver.startswith(b"x", -9),
          receiver.endswith(b"x", 0, -8), receiver.endswith(b"header:", 0, 7),
          receiver.startswith((b"nope", b"head")), receiver.endswith((b"a", b"b")),
          receiver.startswith(b"", 10**9), receiver.startswith(b"h", 5, 2),
          receiver.startswith(bytearray(b"head")), receiver.endswith(memoryview(b"iler")),
          receiver.startswith(b"header", None, None), receiver.endswith(b"", -10**9))
for bad in ("text", 3, (b"a", "b"), [b"a"]):
    try:
        big.startswith(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    bytearray(b"abc").endswith()
except TypeError as e:
    print("TypeError:", e)
print(b"abc".startswith(b"a", -10**30), b"abc".startswith(b"", 10**30), b"abc".endswith(b"c", 0, 10**30))
try:
    b"abc".startswith(b"a", 1.5)
except TypeError as e:
    print("TypeError:", e)
