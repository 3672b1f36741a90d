# while/for with break, continue and else.
total = 0
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    total += i
print("even sum", total)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
count = 0
while True:
    count += 1
    if count > 4:
        break
print("count", count)
for i, ch in enumerate("hey", start=1):
    print(i, ch)
for a, b in zip([1, 2, 3], "abc"):
    print(a, b)
x = 5
print("big" if x > 3 else "small", x and 0, x or 0, not x, None or "default")
result = []
for i in reversed(range(4)):
    result.append(i)
print(result, list(reversed([1, 2, 3])), any([0, 0, 1]), all([1, 1, 0]))
