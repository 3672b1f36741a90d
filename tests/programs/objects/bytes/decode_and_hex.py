# bytes.decode: UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 with the strict,
# ignore, replace and backslashreplace handlers and CPython's
# UnicodeDecodeError messages; bytes.hex with a separator.
tests = [
    "b'\\xff\\xfe'.decode('utf-8', 'replace')",
    "b'a\\xffb'.decode('utf-8', 'backslashreplace')",
    "b'a\\xffb'.decode('utf-8', 'ignore')",
    "b'a\\xffb'.decode(errors='ignore')",
    "b'a\\xffb'.decode('ascii', 'backslashreplace')",
    "b'a\\xe2\\x82'.decode('utf-8', 'replace')",
    "b'\\xe2\\x41'.decode('utf-8')",
    "b'h\\x00\\xe9\\x00'.decode('utf-16-le')",
    "b'\\x00h\\x00\\xe9'.decode('utf-16-be')",
    "b'\\xff\\xfeh\\x00'.decode('utf-16')",
    "b'\\xfe\\xff\\x00h'.decode('utf-16')",
    "b'=\\xd8\\x00\\xde'.decode('utf-16-le')",
    "b'h\\x00\\x00\\x00'.decode('utf-32-le')",
    "b'\\xff\\xfe\\x00\\x00h\\x00\\x00\\x00'.decode('utf-32')",
    "b'h\\x00i'.decode('utf-16-le')",
    "b'h\\x00i'.decode('utf-16-le', 'replace')",
    "b'\\x00\\xdch\\x00'.decode('utf-16-le')",
    "b'\\xe9'.decode('latin-1')",
    "b'abc'.hex('-', 2)",
    "b'abcdef'.hex(':', -2)",
    "b'abcde'.hex(b'.', 2)",
    "b''.hex(':')",
    "b'ab'.hex('::')",
    "bytes.fromhex('61 62 6364')",
    "b'\\xe2\\x82'.decode('utf-8')",
    "b'\\x80abc'.decode('ascii')",
    "b'a'.decode('utf-8', 'nosuch')",
    "b'a'.decode('nosuch')",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
