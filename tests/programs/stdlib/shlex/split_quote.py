# shlex: split in POSIX and non-POSIX modes, comments, quote/join, the
# lexer with punctuation characters, and unterminated input.
import shlex
for s in ["ls -l 'my file'", 'a "b c" d\\ e', "echo 'it'\"'\"'s'", "x # comment", 'a"b"c', "", "  a  ", "a\\\\b", '"a\\"b"', "'a\\'", "x=1 y='2 3'"]:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True), shlex.split(s, posix=False) if "'a\\'" != s else '')
print(shlex.quote(""), shlex.quote("abc"), shlex.quote("it's"), shlex.quote("a b"), shlex.join(["echo", "a b", "c'd"]))
for s in ["'abc", '"abc', "abc\\"]:
    try: print(shlex.split(s))
    except ValueError as e: print("ValueError", e)
lex = shlex.shlex("a = b; c(d)")
print(list(lex))
lex = shlex.shlex("a && b || c;d", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("x 'y z'", posix=True); print(lex.get_token(), lex.get_token(), lex.get_token())
