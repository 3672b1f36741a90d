import re

data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\n"
m = re.match(rb"(\w+) (\S+) HTTP/(\d\.\d)", data)
print(m.groups(), m.group(0))
print(re.findall(rb"[A-Za-z]+:", data))
print(re.sub(rb"\r\n", b"|", data))
print(re.split(rb"\s+", b"a b\tc"))
print(re.findall(rb"\w+", b"caf\xe9 ok"))
print(re.findall(rb"(?i)[a-z]+", b"ABC def"))
print(re.match(rb"\xff+", b"\xff\xff\x00").span())
print(re.compile(rb"(?P<n>\d+)").search(b"ab 12").groupdict())
print(re.escape(b"a.b"), re.compile(b"x", re.I))
print(re.sub(b"a", lambda m: b"[" + m.group() + b"]", b"banana"))
