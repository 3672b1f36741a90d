# A TOML parser in the style of tomli: a hand-written scanner over the
# text by position, tables and arrays of tables, dotted keys, basic and
# literal strings with escapes, multi-line strings, integers in several
# bases, floats, booleans, inline tables and nested arrays.
import sys

ITERATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 60

BARE_KEY = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


class TOMLDecodeError(ValueError):
    pass


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.root = {}
        self.table = self.root

    def error(self, message):
        line = self.text.count("\n", 0, self.pos) + 1
        raise TOMLDecodeError("%s (at line %d)" % (message, line))

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip_space(self):
        while self.peek() in (" ", "\t") and self.peek():
            self.pos += 1

    def skip_comment(self):
        if self.peek() == "#":
            end = self.text.find("\n", self.pos)
            self.pos = len(self.text) if end < 0 else end

    def skip_blank(self):
        while True:
            self.skip_space()
            self.skip_comment()
            if self.peek() == "\n":
                self.pos += 1
            else:
                return

    def expect(self, char):
        if self.peek() != char:
            self.error("expected %r" % char)
        self.pos += 1

    def parse(self):
        while True:
            self.skip_blank()
            char = self.peek()
            if not char:
                return self.root
            if char == "[":
                self.table_header()
            else:
                self.key_value(self.table)
            self.skip_space()
            self.skip_comment()
            if self.peek() not in ("\n", ""):
                self.error("expected the end of the line")

    def key(self):
        parts = []
        while True:
            self.skip_space()
            char = self.peek()
            if char == '"':
                parts.append(self.basic_string())
            elif char == "'":
                parts.append(self.literal_string())
            else:
                start = self.pos
                while self.peek() in BARE_KEY and self.peek():
                    self.pos += 1
                if start == self.pos:
                    self.error("expected a key")
                parts.append(self.text[start:self.pos])
            self.skip_space()
            if self.peek() != ".":
                return parts
            self.pos += 1

    def descend(self, table, parts):
        for part in parts:
            child = table.setdefault(part, {})
            if isinstance(child, list):
                child = child[-1]
            if not isinstance(child, dict):
                self.error("key %r is not a table" % part)
            table = child
        return table

    def table_header(self):
        self.pos += 1
        array = self.peek() == "["
        if array:
            self.pos += 1
        parts = self.key()
        self.expect("]")
        if array:
            self.expect("]")
            parent = self.descend(self.root, parts[:-1])
            entries = parent.setdefault(parts[-1], [])
            if not isinstance(entries, list):
                self.error("%r is not an array of tables" % parts[-1])
            entries.append({})
            self.table = entries[-1]
        else:
            self.table = self.descend(self.root, parts)

    def key_value(self, table):
        parts = self.key()
        self.expect("=")
        self.skip_space()
        value = self.value()
        target = self.descend(table, parts[:-1])
        if parts[-1] in target:
            self.error("duplicate key %r" % parts[-1])
        target[parts[-1]] = value

    def value(self):
        char = self.peek()
        if char == '"':
            if self.text.startswith('"""', self.pos):
                return self.multiline_string()
            return self.basic_string()
        if char == "'":
            return self.literal_string()
        if char == "[":
            return self.array()
        if char == "{":
            return self.inline_table()
        if self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        return self.number()

    def basic_string(self):
        self.pos += 1
        out = []
        while True:
            char = self.peek()
            if not char or char == "\n":
                self.error("unterminated string")
            self.pos += 1
            if char == '"':
                return "".join(out)
            if char == "\\":
                out.append(self.escape())
            else:
                out.append(char)

    def escape(self):
        char = self.peek()
        self.pos += 1
        if char in ESCAPES:
            return ESCAPES[char]
        if char in ("u", "U"):
            width = 4 if char == "u" else 8
            digits = self.text[self.pos:self.pos + width]
            self.pos += width
            return chr(int(digits, 16))
        self.error("bad escape \\%s" % char)

    def multiline_string(self):
        self.pos += 3
        if self.peek() == "\n":
            self.pos += 1
        out = []
        while not self.text.startswith('"""', self.pos):
            char = self.peek()
            if not char:
                self.error("unterminated multi-line string")
            self.pos += 1
            out.append(self.escape() if char == "\\" else char)
        self.pos += 3
        return "".join(out)

    def literal_string(self):
        end = self.text.find("'", self.pos + 1)
        if end < 0:
            self.error("unterminated literal string")
        value = self.text[self.pos + 1:end]
        self.pos = end + 1
        return value

    def array(self):
        self.pos += 1
        items = []
        while True:
            self.skip_blank()
            if self.peek() == "]":
                self.pos += 1
                return items
            items.append(self.value())
            self.skip_blank()
            if self.peek() == ",":
                self.pos += 1
            elif self.peek() != "]":
                self.error("expected ',' or ']'")

    def inline_table(self):
        self.pos += 1
        table = {}
        self.skip_space()
        if self.peek() == "}":
            self.pos += 1
            return table
        while True:
            self.key_value(table)
            self.skip_space()
            if self.peek() == "}":
                self.pos += 1
                return table
            self.expect(",")

    def number(self):
        start = self.pos
        while self.peek() and self.peek() not in " \t\n,]}#":
            self.pos += 1
        word = self.text[start:self.pos].replace("_", "")
        if not word:
            self.error("expected a value")
        try:
            if word[:2] in ("0x", "0o", "0b"):
                return int(word, 0)
            if any(c in word for c in ".eE") or word in ("inf", "+inf", "-inf", "nan"):
                return float(word)
            return int(word)
        except ValueError:
            self.error("bad value %r" % word)


def loads(text):
    return Parser(text).parse()


DOCUMENT = '''
# A project description
title = "pyrite \\u2603 \\"bench\\""
version = 0x1F
mask = 0b1010_1010
mode = 0o755
ratio = 1.5e-3
large = 1_000_000
infinite = -inf
enabled = true
path = 'C:\\Users\\literal'

[owner]
name = "Tom Preston-Werner"
dotted.key.here = "deep"

[database]
ports = [ 8000, 8001, 8002 ]
data = [ ["gamma", "delta"], [1, 2] ]
inline = { x = 1, y = "two", z = { deeper = [true, false] } }
notes = """
multi-line
text with \\t tab"""

[[products]]
name = "Hammer"
sku = 738594937

[[products]]
name = "Nail"
sku = 284758393
color = "gray"

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"   # a comment

[servers.beta]
ip = "10.0.0.2"
role = "backend"
'''

BAD = ['a = "open', "[t]\nx = 1\nx = 2", "k = [1 2]", "v = 12abc"]

documents = [DOCUMENT + "\n[extra%d]\nvalue = %d\n" % (i, i) for i in range(20)]
for _ in range(ITERATIONS):
    parsed = [loads(text) for text in documents]
    errors = []
    for bad in BAD:
        try:
            loads(bad)
        except TOMLDecodeError as error:
            errors.append(str(error))
first = parsed[0]
for key in sorted(first):
    print(key, "=", repr(first[key]))
print(len(parsed), parsed[-1]["extra19"])
for error in errors:
    print("error:", error)
