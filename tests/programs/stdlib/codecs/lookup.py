# codecs: lookup by name (aliases, case, dashes), encode/decode through
# the registry, byte order marks, error cases, and a registered codec.
import codecs

for name in ["UTF8", "utf-8", "utf_8", "U8", "latin1", "Latin-1", "iso-8859-1",
             "ascii", "US-ASCII", "utf-16", "utf-16-le", "UTF_32", "utf-8-sig",
             "hex", "base64", "rot13"]:
    print(repr(name), codecs.lookup(name).name)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
      codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16, codecs.BOM)
print(codecs.encode("héllo"), codecs.decode(b"h\xc3\xa9llo"))
print(codecs.encode("héllo", "latin-1"), codecs.decode(b"h\xe9", "latin1"))
print(codecs.getencoder("utf-8")("hé"), codecs.getdecoder("latin-1")(b"h\xe9"))
print(codecs.encode("Hello", "rot13"), codecs.decode("Uryyb", "rot_13"))
for name in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    data = codecs.encode("a\U0001f600é", name)
    print(name, data, codecs.decode(data, name))
print(codecs.encode("x", "utf-8-sig"), codecs.decode(b"\xef\xbb\xbfx", "utf-8-sig"),
      codecs.decode(b"y", "utf-8-sig"))
print(codecs.encode("hé", "ascii", "replace"), codecs.decode(b"h\xff", "ascii", "replace"))
print(list(codecs.iterencode(["a", "é"], "utf-8")))
info = codecs.lookup("utf-8")
print(isinstance(info, tuple), len(info), info[0] is info.encode, info.name)

attempts = [
    lambda: codecs.lookup("no-such-codec"),
    lambda: codecs.encode(b"x", "utf-8"),
    lambda: codecs.decode(b"\xff", "utf-8"),
    lambda: codecs.encode("é", "ascii"),
    lambda: codecs.lookup(5),
    lambda: codecs.register(5),
    lambda: codecs.lookup_error("nope"),
]
for f in attempts:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def search(name):
    if name == "shout":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)),
                                name="shout")
    return None


codecs.register(search)
print(codecs.encode("quiet", "shout"), codecs.decode(b"LOUD", "shout"), codecs.lookup("SHOUT").name)
