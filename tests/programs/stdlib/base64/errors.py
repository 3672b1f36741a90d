# base64: decoding errors and argument type errors.
import base64
import binascii

attempts = [
    lambda: base64.b64decode("Zm9vY"),
    lambda: base64.b64decode("Zm9vYg="),
    lambda: base64.b64decode("Zm9v!", validate=True),
    lambda: base64.b64decode("Zm9vYg==x", validate=True),
    lambda: base64.b64decode("=Zm9v", validate=True),
    lambda: base64.b64decode("é"),
    lambda: base64.b64decode(5),
    lambda: base64.b64encode("x"),
    lambda: base64.b32decode("MZXW6"),
    lambda: base64.b32decode("MZXW6!=="),
    lambda: base64.b16decode("0g"),
    lambda: base64.b16decode("abc"),
    lambda: base64.b16decode("ABC"),
    lambda: base64.b85decode(b"|NsC0~"),
    lambda: base64.a85decode(b"xyz{"),
    lambda: base64.a85decode(b"abc", adobe=True),
    lambda: base64.urlsafe_b64decode("a"),
]
for f in attempts:
    try:
        print(f())
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
print(issubclass(binascii.Error, ValueError))
