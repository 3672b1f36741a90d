# textwrap: wrap and fill with their options.
import textwrap

T = ("The quick brown fox jumps over the lazy dog. A well-known pangram--it uses "
     "every letter!  Extraordinarily-long-hyphenated-compound-words-are-tricky, and "
     "so are supercalifragilisticexpialidocious words.\tTabs\tand\nnewlines too. Mr. X? yes! 'ok.' done.")
for w in [10, 15, 20, 33, 50, 79]:
    print(w, textwrap.wrap(T, w))
    print(textwrap.fill(T, w, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(T, 25, break_on_hyphens=False))
print(textwrap.wrap(T, 12, break_long_words=False))
print(textwrap.wrap(T, 30, fix_sentence_endings=True))
print(textwrap.wrap(T, 30, drop_whitespace=False))
print(textwrap.wrap(T, 30, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("a\tb\tc", 40, tabsize=4))
for s in ["a-b-c-d e-f", "foo--bar baz---qux", "--x", "x-- y", "self-contained.",
          "A-1 b-2", "ab-cd-ef-gh", "a-bc-de", "e-mail ab-c", "123-456-789"]:
    print(repr(s), textwrap.wrap(s, 4), textwrap.wrap(s, 7))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one two", 100))
wrapper = textwrap.TextWrapper(width=12, subsequent_indent="> ")
print(wrapper.wrap("reusable wrapper objects keep their settings"))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
