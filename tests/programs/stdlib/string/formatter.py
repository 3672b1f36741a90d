# string.Formatter: str.format's engine and its overridable steps.
from string import Formatter

f = Formatter()
print(f.format("{0}-{1}-{0}", "a", "b"))
print(f.format("{} and {}", 1, 2))
print(f.format("{name!r:>8}|{n:05.1f}|{obj.real}|{seq[1]}|{d[k]}", name="x", n=3.14159, obj=2+3j, seq="xyz", d={"k": "v"}))
print(f.format("{:{width}.{prec}f}", 2.718281, width=10, prec=3))
print(f.format("{{literal}} {0!s} {0!a}", "é"))
print(list(f.parse("a{0}b{name!r:^5}c{{d}}")))
for bad in ["{0} {}", "{} {0}", "{", "}", "{0!z}", "{:{:{}}}", "{0[}"]:
    try:
        print(repr(f.format(bad, 1, 2, 3)))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)

class Shouting(Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()

class Defaults(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<%s?>" % key)
        return super().get_value(key, args, kwargs)

class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - used
        if unused:
            raise ValueError("unused: %s" % sorted(unused))

print(Shouting().format("{} says {msg}", "ann", msg="hi"))
print(Defaults().format("{a} {b} {0}", "zero", a="A"))
try:
    Strict().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print(e)
print(f.vformat("{x}{y}", (), {"x": 1, "y": 2}), f.convert_field(5, "r"), f.get_field("0.real", [7], {}))
