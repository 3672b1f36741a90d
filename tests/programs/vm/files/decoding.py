# Undecodable bytes: each errors= handler, and the strict error's wording.
NAME = '_scratch_decoding.txt'
with open(NAME, 'wb') as f:
    f.write(b'a\xe2\x82xb\xff\xc3')
for errors in ['replace', 'ignore', 'backslashreplace']:
    print(errors, ascii(open(NAME, errors=errors).read()))
for data in [b'a\xe2\x82x', b'\xed\xa0\x80', b'ok\xc3', b'\xf0\x9f\x98']:
    open(NAME, 'wb').write(data)
    try:
        open(NAME).read()
    except UnicodeDecodeError as e:
        print(e)
with open(NAME, 'w', encoding='ascii', errors='backslashreplace') as f:
    f.write('é€😀')
print(open(NAME).read())
open(NAME, 'w').close()
