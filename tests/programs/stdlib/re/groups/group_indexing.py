import re

m = re.match(r"(?P<key>\w+)=(?P<value>\w*)", "name=pyrite")
print(m[0], m[1], m["value"])
print(m.group("key", 2, 0))
for bad in (3, -1, "nope"):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)
print(m.start("value"), m.end("key"), m.span("value"))
print(m.regs)
print(bool(m), m.pos, m.endpos, m.string)
print(m.re.pattern)
