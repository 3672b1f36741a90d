import re

TEMPLATE = "Hello {{ name }}! You have {{count}} new {{ what|upper }}. {{ missing }}"
values = {"name": "Ada", "count": 3, "what": "messages"}

def render(template, values):
    def replace(m):
        key, _, filt = m.group(1).partition("|")
        value = values.get(key.strip(), "<%s?>" % key.strip())
        value = str(value)
        if filt.strip() == "upper":
            value = value.upper()
        return value
    return re.sub(r"\{\{\s*(.*?)\s*\}\}", replace, template)

print(render(TEMPLATE, values))
print(re.findall(r"\{\{\s*(\w+)", TEMPLATE))
