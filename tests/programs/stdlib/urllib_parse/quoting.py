# urllib.parse: percent-encoding and decoding, query strings both ways,
# and their errors.
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote,
                          unquote_plus, unquote_to_bytes, urlencode,
                          parse_qs, parse_qsl)

for s in ["a b/c", "ü€", "~_.-", "", "100%", "a+b&c=d", "/path/with space"]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/"))
print(quote(b"\x00\xff ab"), quote_from_bytes(b"a/b c", safe=b"/"), quote("é", encoding="latin-1"))
for s in ["a%20b", "%E2%82%AC", "%zz%", "a+b", "%", "%4", "%41%42c", "%ff", "", "no escapes"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote("%E9", encoding="latin-1"), unquote(b"%41"), unquote("%ff", errors="ignore"))

print(urlencode({"a": 1, "b": "x y", "c": "é&="}))
print(urlencode([("k", "v1"), ("k", "v2"), (b"raw", b"by tes")]))
print(urlencode({"l": [1, 2], "s": "ab"}, doseq=True), urlencode({"l": [1, 2]}))
print(urlencode({"p": "a/b c"}, quote_via=quote), urlencode({"p": "a/b"}, safe="/"))
qs = "a=1&b=2&a=3&empty=&flag&sp=x+y&enc=%C3%A9"
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs), parse_qsl(qs, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qsl(""), parse_qsl("&&a=1&&"))

attempts = [
    lambda: quote(5),
    lambda: quote_from_bytes("str"),
    lambda: quote(b"x", encoding="utf-8"),
    lambda: urlencode("abc"),
    lambda: urlencode([1, 2]),
    lambda: parse_qsl("a&b=1", strict_parsing=True),
    lambda: parse_qsl("a=1&b=2&c=3", max_num_fields=2),
    lambda: parse_qsl("a=1", separator=""),
]
for f in attempts:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
