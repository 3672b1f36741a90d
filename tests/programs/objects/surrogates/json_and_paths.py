# json writes a lone surrogate as a \u escape and reads one back (with
# ensure_ascii=False it stays in the output as itself); os.fsdecode keeps
# bytes that are not UTF-8 as surrogates, and os.fsencode gives them back.
import json
import os

print(json.dumps('\ud800'), json.dumps(['a\udc80b', {'\udfff': 1}]))
print(repr(json.loads('"\\ud800"')), repr(json.loads('"x\\udc80y"')), repr(json.loads('"\\ud83d\\ude00"')))
print(json.loads('"\\ud800"') == '\ud800', json.loads(json.dumps('\udbff\udbff')) == '\udbff\udbff')
print(repr(json.dumps('\ud800', ensure_ascii=False)), repr(json.dumps({'k\udc80': 'v\ud800'}, ensure_ascii=False)))
print(repr(json.loads('{"\\udc00": ["\\ud800"]}')))
name = b'caf\xe9-\xff.txt'
text = os.fsdecode(name)
print(ascii(text), len(text), os.fsencode(text) == name, os.fsencode('plain') == b'plain')
print(os.fsdecode('already text'), ascii(os.fsdecode(b'\xc3\xa9')))
try:
    os.fsencode('\ud800')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
