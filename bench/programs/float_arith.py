# Float arithmetic: a Leibniz series for pi.
def leibniz(terms):
    total = 0.0
    sign = 1.0
    for k in range(terms):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4 * total


print(round(leibniz(2_000_000), 6))
