# A digest of every property of many code points (all below U+3400, then
# every 89th, surrogates aside), so that one changed entry among them
# changes the output.
import unicodedata as u

POINTS = [cp for cp in list(range(0x3400)) + list(range(0x3400, 0x110000, 89))
          if not 0xD800 <= cp <= 0xDFFF]

print(u.unidata_version)
for name, f in [("category", u.category), ("bidirectional", u.bidirectional),
                ("combining", u.combining), ("east_asian_width", u.east_asian_width),
                ("mirrored", u.mirrored), ("decomposition", u.decomposition),
                ("decimal", lambda c: u.decimal(c, None)), ("digit", lambda c: u.digit(c, None)),
                ("numeric", lambda c: u.numeric(c, None)), ("name", lambda c: u.name(c, None))]:
    total = 0
    count = 0
    for cp in POINTS:
        v = f(chr(cp))
        if v is not None and v != "" and v != 0:
            count += 1
            total = (total * 31 + hash((cp, str(v)))) % (1 << 61)
    print(name, count, total)

counts = {}
for cp in POINTS:
    cat = u.category(chr(cp))
    counts[cat] = counts.get(cat, 0) + 1
print(sorted(counts.items()))
