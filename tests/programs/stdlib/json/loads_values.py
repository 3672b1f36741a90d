# json.loads: values, hooks and number parsing.
import json
from collections import OrderedDict

for text in ['{"a": [1, 2.5e3, "\\u00e9", true, false, null]}', "  [ ]  ", "{}",
             "NaN", "-Infinity", "Infinity", "1e5", "-0.0", "-0", "12345678901234567890",
             '{"a":1,"a":2}', '"\\ud834\\udd1e"', '"\\/\\b\\f\\n\\r\\t\\"\\\\"',
             '[1.5, -2, 3E2, 4e-2, 0.0]', '"tab\\there"', '\n\t[1,\n2]\r\n']:
    print(repr(text), repr(json.loads(text)))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": {"c": 3}}', object_pairs_hook=list))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads("[1.5, 2]", parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads("[NaN, Infinity]", parse_constant=lambda name: name.lower()))
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b"[2]")))
print(json.loads('"a\nb"', strict=False))
print(json.JSONDecoder().raw_decode('[1, 2] tail'))
value = json.loads('{"k": [1, {"n": null}]}')
print(type(value).__name__, type(value["k"]).__name__)
