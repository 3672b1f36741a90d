import re

text = """
Contact: Jane Roe <jane.roe@example.org>, +1 (555) 010-9999
Contact: John Q. Public <jqp@mail.example.com>, 555.010.1234
Invoice #00123 due 2024-02-29, total $1,234.56
Invoice #00124 due 2024-03-31, total $99.00
"""
emails = re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)
print(emails)
phones = [re.sub(r"\D", "", p) for p in re.findall(r"(?:\+1 )?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}", text)]
print(phones)
for m in re.finditer(r"Invoice #(?P<num>\d+) due (?P<date>\d{4}-\d\d-\d\d), total \$(?P<amount>[\d,]+\.\d\d)", text):
    amount = float(m["amount"].replace(",", ""))
    y, mo, d = map(int, m["date"].split("-"))
    print(int(m["num"]), (y, mo, d), amount)
names = re.findall(r"Contact: ([^<]+?) <", text)
print([re.sub(r"\s+", " ", n) for n in names])
print(re.sub(r"(?P<user>[\w.+-]+)@(?P<host>[\w.-]+)", lambda m: m["user"][0] + "***@" + m["host"], text.strip().splitlines()[0]))
