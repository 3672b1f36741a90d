# Conversions between built-in types.
print(int("  12 "), int(True), int(-3.9), int("0x1f", 16), int("z", 36), float(7), float("nan") != float("nan"))
print(str(1.0), str(1e16), str(-0.0), repr(0.1), str(2 ** 70), str([1, "a"]), str((1,)), str({}))
print(list("abc"), tuple([1, 2]), set((1, 1)), dict([("k", "v")]), list({"a": 1}), list(range(0)))
print(bool(""), bool("0"), bool(0.0), bool([[]]), bool(None), bool(range(0)), bool(range(1)))
print(chr(9731), ord("☃"), hex(-255), oct(-8), bin(0), complex(2), complex(1, -1))
try:
    int("1.5")
except ValueError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
