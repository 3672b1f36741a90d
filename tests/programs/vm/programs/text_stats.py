# Word statistics over a text: str methods, dict counting, comprehensions.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""

words = [w.strip(",.").lower() for w in TEXT.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(words), len(counts), top)
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
print(max(words, key=len), sum(map(len, words)) / len(words))
lines = TEXT.splitlines()
print([len(line) for line in lines], [line.split()[0] for line in lines])
caps = "".join(w[0].upper() for w in words if w)
print(caps[:20], caps.count("I"), TEXT.count("it was"), TEXT.find("age"), "season" in TEXT)
print(" ".join(reversed(TEXT.split()[:6])), TEXT[:10].replace(" ", "_"), TEXT.title()[:20])
