# Exceptions: raising and catching in a loop.
def check(i):
    if i % 2:
        raise ValueError(i)
    return i


caught = 0
for i in range(300_000):
    try:
        check(i)
    except ValueError:
        caught += 1
print(caught)
