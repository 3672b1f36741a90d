# pyrite-args: -m tokenize
# A small program: names, numbers, operators and layout.
def add(a, b=2, *args, **kw) -> int:
    """Add two numbers."""
    total = a + b  # a trailing comment
    if total >= 10 and not kw:
        return total ** 2
    return total // 3


print(add(4, b=7), add(1))
