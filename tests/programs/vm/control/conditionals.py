# if/elif/else chains, conditional expressions, short-circuit evaluation.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2:
        return "odd"
    else:
        return "even"


print([classify(n) for n in (-2, 0, 3, 4)])
calls = []


def t(v):
    calls.append(v)
    return v


print(t(0) and t(1), t(2) or t(3), t(None) or t(0) or t("last"), calls)
x = 7
print("big" if x > 5 else "small", (x > 5) + (x > 6) + (x > 7), 1 < x < 10, not 1 < x)
value = None
print(value if value is not None else "default", value is None, value == None)
