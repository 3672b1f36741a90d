# Formatting numbers and objects in all three styles.
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("melon", 3.0, 1)]
for name, price, qty in rows:
    print("%-6s %5.2f x %2d = %6.2f" % (name, price, qty, price * qty))
    print("{:<6} {:5.2f} x {:2d} = {:6.2f}".format(name, price, qty, price * qty))
    print(f"{name:<6} {price:5.2f} x {qty:2d} = {price * qty:6.2f}")
print(f"{1234.5678:,.2f} {0.000123:.2e} {123456789:_} {-42:+d} {42:+d} {3.0:g} {1e20:g}")
print("{0!r} {0!s} {1:>{2}}".format("x", "right", 8), "%c%c" % (72, "i"), "%%")
print(f"{'centered':*^20}", f"{12:#o} {12:#b} {255:X}", f"{True} {None} {[1, 'a']}")
