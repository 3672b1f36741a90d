# The raw-unicode-escape codec: bytes are Latin-1 except \uXXXX and
# \UXXXXXXXX, which count only after an odd run of backslashes.
import codecs

for data in [rb'\u0041', rb'\\u0041', rb'\\\u0041', rb'\x41', rb'\U0001F600x',
             b'\xe9\\', b'plain', rb'\u12', rb'\U00110000', rb'\u004zz']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(data, errors, repr(data.decode('raw-unicode-escape', errors)))
        except UnicodeDecodeError as e:
            print(data, errors, 'UnicodeDecodeError:', e)
for text in ['a\xe9\u1234\U0001F600\\', '\ud800', '']:
    print(repr(text.encode('raw-unicode-escape')))
print(str(rb'\u0663\u0661\u0664 ', 'raw-unicode-escape'))
info = codecs.lookup('raw_unicode_escape')
print(info.name, info.encode('\u20ac'), info.decode(rb'\u20ac'))
import _codecs
print(_codecs.raw_unicode_escape_decode(rb'\u00e9'), _codecs.raw_unicode_escape_encode('\u20ac!'))
