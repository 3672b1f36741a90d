# untokenize: exact round trips from full tokens, spaced text from pairs.
import io
import tokenize

SOURCES = [
    "x = 1\n",
    "def f(a,  b):\n    if a:\n        return  b\n    return a\n",
    "value = (1 +\n         2)\nprint( value )\n",
    "s = 'a' 'b'\nt = x[1:2]\n",
]
for source in SOURCES:
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    back = tokenize.untokenize(tokens)
    print(repr(back), back == source)
    pairs = [(tok.type, tok.string) for tok in tokens]
    spaced = tokenize.untokenize(pairs)
    print(repr(spaced))
    again = [(tok.type, tok.string) for tok in
             tokenize.generate_tokens(io.StringIO(spaced).readline)]
    print(again == pairs)

data = "a = 'é'\n".encode()
tokens = list(tokenize.tokenize(io.BytesIO(data).readline))
print(tokenize.untokenize(tokens))
try:
    tokenize.untokenize([(tokenize.NAME, "a", (2, 0), (2, 1), ""),
                         (tokenize.NAME, "b", (1, 0), (1, 1), "")])
except ValueError as e:
    print("ValueError", e)
