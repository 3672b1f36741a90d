import re

LOG = """\
127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326
192.168.1.20 - - [10/Oct/2000:13:56:01 -0700] "POST /login HTTP/1.1" 302 -
10.0.0.7 - alice [10/Oct/2000:13:57:12 -0700] "GET /index.html HTTP/1.1" 404 512
not a log line
10.0.0.7 - alice [10/Oct/2000:13:58:40 -0700] "GET /apache_pb.gif HTTP/1.1" 200 2326
"""
LINE = re.compile(
    r'(?P<host>\S+) \S+ (?P<user>\S+) \[(?P<time>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>[^"]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+|-)'
)
by_status = {}
bytes_by_host = {}
for line in LOG.splitlines():
    m = LINE.match(line)
    if not m:
        print("skipped:", line)
        continue
    d = m.groupdict()
    by_status[d["status"]] = by_status.get(d["status"], 0) + 1
    size = 0 if d["size"] == "-" else int(d["size"])
    bytes_by_host[d["host"]] = bytes_by_host.get(d["host"], 0) + size
    hour = re.search(r":(\d\d):", d["time"]).group(1)
    print(d["method"], d["path"], d["status"], "user=" + d["user"], "hour=" + hour)
print(sorted(by_status.items()))
print(sorted(bytes_by_host.items()))
print(re.sub(r"\d+\.\d+\.\d+\.(\d+)", r"x.x.x.\1", LOG.splitlines()[0]))
