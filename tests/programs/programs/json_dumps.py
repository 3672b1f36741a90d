# json.dumps of nested documents: dicts, lists, strings that need escaping,
# non-ASCII text, floats, and the indent, sort_keys and separators options.
import json
import sys

ITERATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 2

EMPTY = ({}, [])
SIMPLE = {"key1": 0, "key2": True, "key3": "value", "key4": "foo", "key5": "string"}
NESTED = {
    "key1": 0, "key2": SIMPLE, "key3": "value", "key4": [SIMPLE, SIMPLE],
    "key5": "string", "key6": {"a": [1.5, -2.25, 1e20, None], "b": "tab\there"},
}
HUGE = [NESTED] * 200
TEXT = ["caf\u00e9 \u2603 \"quoted\" back\\slash\nline %d" % i for i in range(100)]
CASES = [EMPTY, SIMPLE, NESTED, HUGE, TEXT]

for _ in range(ITERATIONS):
    outputs = []
    for case in CASES:
        outputs.append(json.dumps(case))
        outputs.append(json.dumps(case, sort_keys=True, ensure_ascii=False))
    outputs.append(json.dumps(NESTED, indent=2, separators=(",", ": ")))
print([len(text) for text in outputs])
print(outputs[5][:80])
print(outputs[-1][:120])
print(outputs[9][:60])
