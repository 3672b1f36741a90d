# Template subclasses: another delimiter, another idpattern, separate
# braceidpattern, flags, and a whole pattern of their own.
import re
from string import Template

class Dotted(Template):
    idpattern = r"[a-z][_a-z0-9]*(\.[a-z][_a-z0-9]*)*"

print(Dotted("user: $user.name, id ${user.id}").substitute({"user.name": "ann", "user.id": 7}))

class Upper(Template):
    flags = 0
    idpattern = r"[A-Z]+"

print(Upper("$HOME and $lower").safe_substitute(HOME="/root"))

class Braces(Template):
    braceidpattern = r"[^}]+"

print(Braces("${any thing} $word").substitute({"any thing": 1, "word": 2}))

class Percent(Template):
    delimiter = "%"

print(Percent("100%% of %who").substitute(who="us"), Percent.pattern.flags & re.IGNORECASE != 0)

class Angle(Template):
    pattern = r"""
    <<(?:
      (?P<escaped><<) |
      (?P<named>\w+)>> |
      (?P<braced>!\w+!)>> |
      (?P<invalid>)
    )
    """

t = Angle("Hello <<name>>, <<<< stays, <<?? is bad")
print(t.safe_substitute(name="world"))
try:
    t.substitute(name="world")
except ValueError as e:
    print("ValueError", e)
print(t.get_identifiers(), t.is_valid(), Angle("<<a>>").is_valid())
print(Template.delimiter, Template.idpattern, Template.braceidpattern, Template.flags)
print(isinstance(Template.pattern, re.Pattern), Template("$x").template)
