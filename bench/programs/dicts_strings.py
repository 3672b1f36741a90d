# Dicts and strings: counting words.
words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa " * 20).split()
counts = {}
for _ in range(2_000):
    for word in words:
        key = word.upper() + str(len(word))
        counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items())[:3], len(counts))
