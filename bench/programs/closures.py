# Closures: cells read and written through nonlocal.
def counter():
    count = 0

    def step(by):
        nonlocal count
        count += by
        return count

    return step


step = counter()
total = 0
for i in range(1_000_000):
    total += step(1) & 7
print(total)
