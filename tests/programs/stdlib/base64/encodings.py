# base64: every encoding round-trips, with CPython's exact output.
import base64

data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)),
        b"\xfb\xff\xfe", b"\0\0\0\0", b"    "]
for d in data:
    print(base64.b64encode(d)[:48], base64.urlsafe_b64encode(d)[:48])
    print(base64.b32encode(d)[:48], base64.b32hexencode(d)[:48], base64.b16encode(d)[:48])
    print(base64.b85encode(d)[:48], base64.b85encode(d, pad=True)[:48])
    print(base64.a85encode(d)[:48], base64.a85encode(d, adobe=True)[:48], base64.a85encode(d, foldspaces=True)[:48])
    checks = [
        base64.b64decode(base64.b64encode(d)) == d,
        base64.standard_b64decode(base64.standard_b64encode(d)) == d,
        base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d,
        base64.b32decode(base64.b32encode(d)) == d,
        base64.b32hexdecode(base64.b32hexencode(d)) == d,
        base64.b16decode(base64.b16encode(d)) == d,
        base64.b85decode(base64.b85encode(d)) == d,
        base64.a85decode(base64.a85encode(d)) == d,
        base64.a85decode(base64.a85encode(d, adobe=True), adobe=True) == d,
        base64.decodebytes(base64.encodebytes(d)) == d,
    ]
    print(all(checks))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"))
print(base64.b64encode(bytearray(b"abc")), base64.b64decode(bytearray(b"YWJj")))
print(base64.a85encode(bytes(range(60)), wrapcol=20, adobe=True))
print(base64.encodebytes(bytes(range(100))))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ="))
print(base64.b32decode("MZXW6Y1=", map01="L"), base64.b16decode("0a0b", casefold=True))
print(base64.b64decode(b"Zm9v\nYmFy"), base64.b64decode("Zm9vYg=="), base64.b64decode("Zm9v!YmFy"))
print(base64.b64decode("Zm9vYg==trailing"), base64.b64decode("Zm9vYg", validate=False) if False else "")
