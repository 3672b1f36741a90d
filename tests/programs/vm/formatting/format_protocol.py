# format(), f-string conversions and __format__/__str__/__repr__.
class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec == "f":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c:{spec}}C"

    def __str__(self):
        return f"{self.c} degrees"

    def __repr__(self):
        return f"Temp({self.c})"


t = Temp(21.5)
print(f"{t}", f"{t:f}", f"{t:>8}", f"{t!s}", f"{t!r}", str(t), repr(t), format(t, "f"))
print(f"{3.14159:.2f} {42:5d} {42:<5}| {'x':^5}| {1234567:,} {0.25:.0%} {255:#x} {5:03}")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}}|", f"{'nest':{'>'}{width}}|")
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"), "{name}-{0}".format(1, name="n"))
print("%5.1f|%-4d|%s|%r|%x" % (2.345, 7, "s", "r", 255))
values = [1, 22, 333]
print("\n".join(f"{v:>5}" for v in values))
print(f"{'a' 'b'}", f"{1 + 1 = }", f"{[1, 2]!r:>10}")
