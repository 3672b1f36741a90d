# Encoding strings with lone surrogates and decoding bytes that are not
# valid in the codec, under every error handler: strict's errors name the
# run of refused characters (UTF-8, ASCII, Latin-1) or one (UTF-16/32);
# surrogatepass writes a surrogate in the codec's own form; surrogateescape
# round-trips the bytes 0x80..0xff through U+DC80..U+DCFF.
texts = ['\ud800', 'a\ud800\udc00b', '\udcff', 'x\udc80y\ud83d', 'caf\xe9\udce9']
encodings = ['utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-32-le', 'ascii', 'latin-1']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
            'namereplace', 'surrogatepass', 'surrogateescape']
for enc in encodings:
    for errors in handlers:
        for t in texts:
            try:
                result = t.encode(enc, errors)
            except UnicodeEncodeError as e:
                result = (type(e).__name__, str(e), e.encoding, repr(e.object), e.start, e.end, e.reason)
            print(enc, errors, ascii(t), result)

blobs = [b'\xff', b'a\x80b\xfe', b'\xed\xa0\x80', b'\xed\xb2\x80x', b'\xe9t\xc3', b'\x00\xd8', b'\x00\xdc\x41\x00',
         b'\x00\xd8\x00\x00', b'\x80abc']
for enc in ['utf-8', 'utf-16-le', 'utf-32-le', 'ascii', 'latin-1']:
    for errors in ['strict', 'surrogateescape', 'surrogatepass', 'replace', 'backslashreplace']:
        for b in blobs:
            try:
                result = ascii(b.decode(enc, errors))
            except UnicodeDecodeError as e:
                result = (str(e), e.start, e.end)
            print(enc, errors, b, result)

raw = bytes(range(0x7e, 0x100))
text = raw.decode('utf-8', 'surrogateescape')
print(len(text), text.encode('utf-8', 'surrogateescape') == raw, ascii(text[:6]))
print(raw.decode('ascii', 'surrogateescape').encode('ascii', 'surrogateescape') == raw)
try:
    '\ud800'.encode('utf-8', 'nosuchhandler')
except LookupError as e:
    print('LookupError:', e)
