# Unary operators and truth testing with dunders.
class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(abs(self.v))
    def __invert__(self):
        return Num(~self.v)
    def __abs__(self):
        return abs(self.v) * 10
    def __bool__(self):
        return self.v != 0
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v)
    def __repr__(self):
        return f"Num({self.v})"


n = Num(-3)
print(-n, +n, ~n, abs(n), not n, not Num(0), bool(Num(0)), int(n), float(n))
print([10, 20, 30, 40][Num(2)], hex(Num(255)), bin(Num(5)), "ab" * Num(2) if False else "ok")
print("yes" if Num(1) else "no", "yes" if Num(0) else "no", Num(0) or "fallback", Num(2) and "both")


class Sized:
    def __len__(self):
        return 0


print(bool(Sized()), not Sized(), "empty" if not Sized() else "full")
