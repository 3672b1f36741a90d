# tokenize's errors: tokens up to the error, then TokenError or
# IndentationError; encoding problems as SyntaxError.
import io
import tokenize


def run(source):
    print("==", repr(source))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            print(tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
    except tokenize.TokenError as e:
        print("TokenError", e.args)
    except IndentationError as e:
        print("IndentationError", e.args)


run("x = (1,\n2\n")
run("s = '''never closed\n")
run("if x:\n        a\n    b\n")
run("x = $y\n")
run("x = 'abc\n")
run("0777 + 1__0\n")

for data in [b"# coding: bogus-codec\nx\n", b"\xef\xbb\xbf# coding: latin-1\nx\n",
             b"x = '\xff'\n"]:
    try:
        print(tokenize.detect_encoding(io.BytesIO(data).readline))
    except SyntaxError as e:
        print("SyntaxError", e)
print(tokenize.detect_encoding(io.BytesIO(b"\n# vim: set fileencoding=utf_8 :\nx\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"").readline))
print(issubclass(tokenize.TokenError, Exception))
