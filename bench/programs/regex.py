# Regular expressions over a generated text: findall, sub with a template,
# split, search per line and a tokenizer loop with finditer.
import re

words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
lines = []
for i in range(4000):
    w = words[i % 8]
    lines.append("%s-%d user%d@host%d.example.com value=%d.%02d id:%05d" % (
        w, i, i % 97, i % 13, i * 7 % 1000, i % 100, i))
text = "\n".join(lines)

total = 0
for _ in range(5):
    total += len(re.findall(r"\b\w+@\w+\.example\.com\b", text))
    total += len(re.findall(r"value=(\d+)\.(\d+)", text))
    total += len(re.sub(r"(\w+)-(\d+)", r"\2:\1", text))
    total += len(re.split(r"\s+", text))
    total += sum(1 for line in lines if re.search(r"id:0*[1-9]\d*7$", line))
    total += sum(1 for m in re.finditer(r"[a-z]+|\d+|[^\sa-z\d]", lines[0] * 50))
print(total)
