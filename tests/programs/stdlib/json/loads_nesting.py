# json.loads: deep nesting, long documents and the decoder's hooks on
# nested values.
import json

print(json.loads("[" * 50 + "]" * 50) == eval("[" * 50 + "]" * 50))
for text in ["[" * 100000, '{"a":' * 100000]:
    try:
        json.loads(text)
    except RecursionError as e:
        print("RecursionError:", e)
big = json.dumps([{"id": i, "name": f"item {i}", "tags": ["x", "y"], "price": i * 1.25}
                  for i in range(500)])
back = json.loads(big)
print(len(big), len(back), back[499], sum(item["price"] for item in back))
print(json.loads('{"a": {"b": [1, {"c": 2}]}}', object_hook=lambda d: ("obj", sorted(d))))
print(json.loads('[1, 2.0, {"k": 3}]', parse_int=float, parse_float=repr))
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError:", e)
print(json.dumps([[[[]]]], indent=1))
