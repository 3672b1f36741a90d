# tokenize.generate_tokens and tokenize.tokenize over small programs.
import io
import tokenize

SOURCES = [
    "x = 1\n",
    "def f(a, b=2):\n    return a + b  # sum\n\nprint(f(1))\n",
    "if x:\n    if y:\n        pass\n    z = [1,\n         2]\nw = '''a\nb'''\n",
    "s = f'{x!r:>10}' rb'raw' 0x1F 1_000.5e-3 3j\n",
    "x = 1 + \\\n    2\n",
    "@decorator\nclass C:\n    a: int = 0\n\n\n# trailing comment",
    "lambda: (yield)\n...\na @= b ** c // d -> e := f\n",
    "no_newline_at_end",
    "",
]

for source in SOURCES:
    print("==", repr(source))
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        print(tok)

print("== bytes")
for tok in tokenize.tokenize(io.BytesIO("# -*- coding: latin-1 -*-\nname = 'é'\n".encode("latin-1")).readline):
    print(tok.type, tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
for tok in tokenize.tokenize(io.BytesIO(b"\xef\xbb\xbfa = 1\n").readline):
    print(tok.type, repr(tok.string), tok.start, tok.end, repr(tok.line))

print("== exact types")
for tok in tokenize.generate_tokens(io.StringIO("a[1] += (b, c) ** 2 != d\n").readline):
    print(tokenize.tok_name[tok.type], tokenize.tok_name[tok.exact_type], repr(tok.string))
print(tokenize.TokenInfo(1, "x", (1, 0), (1, 1), "x\n")._fields)
