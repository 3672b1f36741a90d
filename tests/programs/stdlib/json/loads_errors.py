# json.loads: JSONDecodeError's messages and positions.
import json

for text in ["", "[1,]", '{"a" 1}', '{"a":1,}', "{a:1}", "[1 2]", '"abc', '"a\\x"',
             '"\\u12"', '"a\nb"', "01", "1.", "-", "nul", "[", "{", '{"a":1', "  ",
             "[1,2", "\ufeff[]", "[1]x", '"\\', "[1,\n  2,\n  oops]", '{"a": }', "tru",
             '["a", "b"', "[-]", "1e", "--1", "{\"a\":1 \"b\":2}"]:
    try:
        print(repr(text), repr(json.loads(text)))
    except json.JSONDecodeError as e:
        print(repr(text), e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(3)
except TypeError as e:
    print(e)
print(issubclass(json.JSONDecodeError, ValueError))
