# Many generators created and dropped at various points leave nothing behind.
def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        pass


total = 0
for n in range(50):
    g = gen(n)
    for x in g:
        total += x
        if x > n // 2:
            break
print(total)
kept = [gen(3) for _ in range(5)]
for g in kept[::2]:
    next(g)
print(sum(next(g, -1) for g in kept))
del kept
print("ok")
