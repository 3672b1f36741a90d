# json.loads of documents of many shapes: objects, arrays, escapes and
# \u sequences, numbers in every form, and object_hook/parse_float hooks.
import json
import sys

ITERATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 400

DOCUMENTS = [
    json.dumps({"id": i, "name": "item %d" % i, "price": i * 1.25, "tags": ["a", "b\u00e9", "\u2603"],
                "stock": {"count": i % 7, "ok": i % 2 == 0, "note": None}})
    for i in range(100)
]
ARRAY = "[" + ",".join(str(i * 37 % 1000 - 500) for i in range(2000)) + "]"
FLOATS = "[" + ",".join("%d.%de%d" % (i, i % 10, i % 5) for i in range(1000)) + "]"
ESCAPES = json.dumps(["line\n\ttab \"q\" \\ \u00e9\u4e2d\U0001f600 %d" % i for i in range(300)])


class Item:
    def __init__(self, fields):
        self.fields = fields


for _ in range(ITERATIONS):
    items = [json.loads(document) for document in DOCUMENTS]
    numbers = json.loads(ARRAY)
    floats = json.loads(FLOATS)
    strings = json.loads(ESCAPES)
    hooked = json.loads(DOCUMENTS[3], object_hook=lambda d: Item(d) if "count" in d else d)
print(sum(item["price"] for item in items), sum(numbers), round(sum(floats), 6))
print(items[42])
print(strings[7], len(strings))
print(hooked["stock"].fields)
