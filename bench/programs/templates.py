# A template engine in the style of mako and genshi: a template text is
# compiled with re into a list of literal, expression and control nodes,
# then rendered many times against a context, with HTML escaping and a
# list of string parts joined at the end.
import html
import re
import sys

ITERATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 800

TEMPLATE = """<table class="${css}">
% for row in rows:
  <tr class="${loop_class(row)}">
  % for cell in row:
    <td>${cell}</td>
  % endfor
  </tr>
% endfor
</table>
<p>${len(rows)} rows, title: ${title | h}</p>
"""

TOKEN = re.compile(r"\$\{(?P<expr>[^}|]+?)\s*(?:\|\s*(?P<filter>\w+))?\}")
CONTROL = re.compile(r"^\s*%\s*(?P<word>for|endfor)\b(?P<rest>.*?):?\s*$")
FOR = re.compile(r"(?P<target>\w+)\s+in\s+(?P<source>.+)")


class Text:
    def __init__(self, text):
        self.text = text

    def render(self, context, out):
        out.append(self.text)


class Expression:
    def __init__(self, source, filter_name):
        self.code = compile(source, "<template>", "eval")
        self.filter_name = filter_name

    def render(self, context, out):
        value = eval(self.code, {}, context)
        text = str(value)
        if self.filter_name == "h":
            text = html.escape(text)
        out.append(text)


class Loop:
    def __init__(self, target, source):
        self.target = target
        self.source = compile(source, "<template>", "eval")
        self.body = []

    def render(self, context, out):
        for item in eval(self.source, {}, context):
            inner = dict(context)
            inner[self.target] = item
            for node in self.body:
                node.render(inner, out)


def parse_line(line, into):
    position = 0
    for match in TOKEN.finditer(line):
        if match.start() > position:
            into.append(Text(line[position:match.start()]))
        into.append(Expression(match.group("expr"), match.group("filter")))
        position = match.end()
    if position < len(line):
        into.append(Text(line[position:]))


def compile_template(text):
    root = []
    stack = [root]
    for line in text.splitlines(keepends=True):
        control = CONTROL.match(line)
        if control is None:
            parse_line(line, stack[-1])
        elif control.group("word") == "for":
            header = FOR.match(control.group("rest").strip().rstrip(":"))
            loop = Loop(header.group("target"), header.group("source"))
            stack[-1].append(loop)
            stack.append(loop.body)
        else:
            stack.pop()
    if len(stack) != 1:
        raise SyntaxError("unclosed % for")
    return root


def render(nodes, context):
    out = []
    for node in nodes:
        node.render(context, out)
    return "".join(out)


context = {
    "css": "data",
    "title": "Tom & Jerry's <table>",
    "rows": [[i * 10 + j for j in range(10)] for i in range(15)],
    "loop_class": lambda row: "even" if row[0] % 20 == 0 else "odd",
    "len": len,
}
for _ in range(ITERATIONS):
    page = render(compile_template(TEMPLATE), context)
lines = page.splitlines()
print(len(page), len(lines))
print("\n".join(lines[:5]))
print(lines[-1])
