# json.dumps and json.loads round trips of a nested document.
import json
data = {"key%d" % i: [i, str(i) * 3, {"a": i * 1.5, "b": None, "c": True}] for i in range(200)}
for _ in range(200):
    s = json.dumps(data, sort_keys=True)
    d = json.loads(s)
print(len(s), d == data)
