# pickle.loads of damaged data: truncated, corrupt and misplaced opcodes
# raise CPython's exceptions, and data cut at every position never
# crashes.
import pickle

good = pickle.dumps({"a": [1, 2.5, "x", b"y", (None,)], "b": {1, 2}}, 4)


def attempt(label, data):
    try:
        print(label, repr(pickle.loads(data))[:50])
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("empty", b"")
attempt("only proto", b"\x80\x04")
attempt("bad key", b"\xff")
attempt("bad key printable", b"Z.")
attempt("bad proto", b"\x80\x09N.")
attempt("underflow", b"\x80\x02.")
attempt("tuple underflow", b"\x80\x02K\x01\x86.")
attempt("no mark", b"\x80\x02t.")
attempt("unexpected mark", b"(.")
attempt("memo missing", b"\x80\x02h\x05.")
attempt("long negative", b"\x80\x02\x8b\xff\xff\xff\xff.")
attempt("frame short", b"\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00N.")
attempt("frame overrun", b"\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00K\x01\x94.")
attempt("truncated str", b"\x80\x04\x8c\x05ab")
attempt("setitems odd", b"}(K\x01u.")
attempt("dict odd", b"(K\x01d.")
attempt("append to int", b"K\x01K\x02a.")
attempt("int text", b"I12\n.")
attempt("bool text", b"I01\n.")
attempt("long text", b"L123456789012345678901234567890L\n.")
attempt("float text", b"F1.5e+300\n.")
attempt("float inf", b"Finf\n.")
attempt("unicode text", b"V\\u00e9x\\U0001f600\n.")
attempt("unicode bad escape", b"V\\u12\n.")
attempt("unicode even backslashes", b"V\\\\u0041\n.")
attempt("unicode odd backslashes", b"V\\\\\\u0041\n.")
attempt("unicode lone backslash", b"Va\\b\n.")
attempt("utf8 bad", b"\x80\x04\x8c\x02\xed\xa0.")
attempt("get text", b"(lp0\ng0\na.")
attempt("str to str", b"\x80\x02X\x01\x00\x00\x00aX\x01\x00\x00\x00b\x93.")
attempt("stack global", b"\x80\x04\x8c\x08builtins\x8c\x03len\x93.")
attempt("reduce", b"\x80\x02c__builtin__\nlen\nX\x03\x00\x00\x00abc\x85R.")
attempt("newobj bad", b"\x80\x02K\x01)\x81.")

errors = {}
for cut in range(len(good)):
    try:
        pickle.loads(good[:cut])
        kind = "loaded"
    except Exception as e:
        kind = "%s: %s" % (type(e).__name__, e)
    errors[kind] = errors.get(kind, 0) + 1
for kind in sorted(errors):
    print(errors[kind], kind)
print(pickle.loads(good))

import io
print(repr(pickle.load(io.BytesIO(b"V\\\\u0041 \\\\\\u0042\n."))))
