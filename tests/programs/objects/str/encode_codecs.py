# str.encode with the built-in codecs (UTF-8, UTF-16, UTF-32, Latin-1,
# ASCII and their aliases), every error handler, and CPython's
# UnicodeEncodeError and LookupError messages.
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)


for expr in [
    "'h\\xe9'.encode()",
    "'h\\xe9'.encode('utf-8')",
    "'h\\xe9'.encode('UTF8')",
    "'a\\u20ac'.encode('utf-16')",
    "'a\\u20ac'.encode('utf-16-le')",
    "'a\\u20ac'.encode('utf-16-be')",
    "'a\\U0001f600'.encode('utf-16-le')",
    "'a\\U0001f600'.encode('utf_16_be')",
    "'a\\U0001f600'.encode('utf-32')",
    "'a'.encode('utf-32-le')",
    "'a'.encode('utf-32-be')",
    "''.encode('utf-16')",
    "''.encode('utf-32')",
    "'a'.encode('U16')",
    "'h\\xe9'.encode('latin-1')",
    "'h\\xe9'.encode('Latin1')",
    "'h\\xe9'.encode('iso-8859-1')",
    "'h\\xe9'.encode('l1')",
    "'abc'.encode('ascii')",
    "'abc'.encode('us-ascii')",
    "'a\\xe9'.encode('ascii')",
    "'a\\xe9\\xe9b'.encode('ascii')",
    "'a\\xe9x\\xe9'.encode('ascii')",
    "'a\\u20ac'.encode('latin-1')",
    "'\\u20ac\\u20ac\\u20ac'.encode('latin-1')",
    "'a\\U0001f600'.encode('ascii')",
    "'a\\xe9\\u20ac'.encode('ascii', 'ignore')",
    "'a\\xe9\\u20ac'.encode('ascii', 'replace')",
    "'a\\xe9\\u20ac\\U0001f600'.encode('ascii', 'xmlcharrefreplace')",
    "'a\\xe9\\u20ac\\U0001f600'.encode('ascii', 'backslashreplace')",
    "'a\\xe9\\u20ac\\U0001f600'.encode('ascii', 'namereplace')",
    "'a\\x80\\u20ac'.encode('latin-1', 'namereplace')",
    "'a\\u20ac'.encode('latin-1', errors='xmlcharrefreplace')",
    "'a\\xe9'.encode(encoding='ascii', errors='replace')",
    "'a\\xe9'.encode('ascii', 'bogus')",
    "'abc'.encode('ascii', 'bogus')",
    "'a'.encode('no-such-codec')",
    "'a'.encode(5)",
    "'a'.encode('ascii', 5)",
]:
    show(expr)
