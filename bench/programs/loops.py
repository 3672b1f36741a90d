# Loops and integer arithmetic.
total = 0
for i in range(3_000_000):
    if i % 3 == 0:
        total += i
    else:
        total -= 1
print(total)
