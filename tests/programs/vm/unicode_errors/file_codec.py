# The UnicodeDecodeError a text file read raises keeps the bytes and position.
import os, tempfile
path = os.path.join(tempfile.mkdtemp(), 'data.txt')
for data, enc in [(b'abc\xe9def', 'utf-8'), (b'ab\xc3', 'utf-8'), (b'x\xffy', 'ascii'), (b'ok\xe2\x82', 'utf-8')]:
    with open(path, 'wb') as f:
        f.write(data)
    try:
        with open(path, encoding=enc) as f:
            f.read()
    except UnicodeDecodeError as e:
        print(e, '|', e.encoding, e.object, e.start, e.end, e.reason)
os.remove(path)
