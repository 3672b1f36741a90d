import unicodedata as u

for c in "aZ5٣½Ⅻ\u0301 \t€中가ﬁ①\u00e9\x00\U0001F600\u0e50":
    print(repr(c), u.category(c), u.bidirectional(c), u.combining(c),
          u.east_asian_width(c), u.mirrored(c), repr(u.decomposition(c)),
          u.decimal(c, "-"), u.digit(c, "-"), u.numeric(c, "-"), u.name(c, "-"))

for name in ["SNOWMAN", "latin small letter a", "LATIN CAPITAL LETTER GHA", "BACKSPACE",
             "CJK UNIFIED IDEOGRAPH-4E00", "HANGUL SYLLABLE GA", b"BLACK STAR"]:
    print(name, repr(u.lookup(name)))
for bad in ["NOPE", "x" * 300, "CJK UNIFIED IDEOGRAPH-2EBF0"]:
    try:
        u.lookup(bad)
    except KeyError as e:
        print("KeyError", e)

text = "e\u0301 ﬁ Å ①"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    n = u.normalize(form, text)
    print(form, ascii(n), u.is_normalized(form, text), u.is_normalized(form, n))
s = "plain"
print(u.normalize("NFC", s) is s)

calls = [
    lambda: u.category(),
    lambda: u.category("a", "b"),
    lambda: u.category("ab"),
    lambda: u.category(5),
    lambda: u.category(chr=1),
    lambda: u.name(),
    lambda: u.name("a", "b", "c"),
    lambda: u.name(1),
    lambda: u.name("\x00"),
    lambda: u.decimal("a"),
    lambda: u.digit("a"),
    lambda: u.numeric("a"),
    lambda: u.normalize("NFC"),
    lambda: u.normalize(1, "a"),
    lambda: u.normalize("NFC", 1),
    lambda: u.normalize("X", "a"),
    lambda: u.is_normalized("Q", "a"),
    lambda: u.lookup(1),
    lambda: u.decimal("a", None),
]
for call in calls:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
