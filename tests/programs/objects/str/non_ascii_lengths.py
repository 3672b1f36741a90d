# Non-ASCII strings of every length around the index checkpoints (every 32
# code points): iteration, indexing at the end, slicing to the end, reversal.
for n in [1, 31, 32, 33, 63, 64, 65, 96, 128, 200]:
    s = ("é" + "a" * 9) * (n // 10) + "ü" * (n % 10)
    assert len(s) == n
    chars = [c for c in s]
    print(n, len(chars), s[-1], s[n - 1], s[n - 3:], s[n:], repr(s[n:n + 1]),
          "".join(reversed(s))[:3], s.find("ü"), s.rfind("é"), list(enumerate(s))[-1])
    try:
        s[n]
    except IndexError as e:
        print(e)
