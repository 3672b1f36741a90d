# string.Template: $name, ${name}, $$, missing names and invalid
# placeholders, safe_substitute, and a custom delimiter.
from string import Template

t = Template("$who likes $what; ${who}s cost $$${price}")
print(t.substitute(who="tim", what="tea", price=3))
print(t.substitute({"who": "ann", "what": "x", "price": 1}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
for text in ["cost: $", "a $ b", "line one\nline two $5", "${unclosed", "${}", "$1abc", "ok $_private $x9"]:
    tt = Template(text)
    try:
        print(repr(tt.substitute(_private="P", x9="X")))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
    print("  safe:", repr(tt.safe_substitute()), tt.is_valid(), tt.get_identifiers())

class Percent(Template):
    delimiter = "%"

print(Percent("%greeting, %{name}! 100%%").substitute(greeting="Hi", name="Ann"))
print(Template("$a$b$a").substitute(a=1, b=[2]))
print(Template("no placeholders").substitute())
