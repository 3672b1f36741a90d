# json.dump and json.load with file-like objects.
import io
import json

buffer = io.StringIO()
json.dump({"name": "pyrite", "tags": ["a", "b"], "n": 3}, buffer, indent=2, sort_keys=True)
print(buffer.getvalue())
buffer.seek(0)
print(json.load(buffer))
print(json.load(io.StringIO("[1, 2, 3]")), json.load(io.BytesIO(b'{"b": true}')))
record = {"list": [1, 2.25, None], "text": "multi\nline", "nested": {"deep": [[], {}]}}
print(json.loads(json.dumps(record)) == record)
