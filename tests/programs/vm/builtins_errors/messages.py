# CPython's messages for misused builtins.
NOTHING = None
tests = [
    lambda: int("abc"),
    lambda: float("x1"),
    lambda: len(5),
    lambda: abs("s"),
    lambda: sum(["a", "b"]),
    lambda: max([]),
    lambda: min(1),
    lambda: sorted([1, "a"]),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: iter(3.5),
    lambda: next(iter([])),
    lambda: getattr(1, "nope"),
    lambda: divmod(1, 0),
    lambda: [1][2],
    lambda: (1, 2)[5],
    lambda: "abc"[10],
    lambda: {}["k"],
    lambda: [].pop(),
    lambda: "x" + 1,
    lambda: 1 + "x",
    lambda: [] * [],
    lambda: NOTHING(),
    lambda: isinstance(1, 2),
    lambda: range(1.5),
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 2.0 / 0,
    lambda: hash([]),
    lambda: {[]: 1},
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
