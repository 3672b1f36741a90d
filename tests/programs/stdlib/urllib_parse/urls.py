# urllib.parse: splitting and reassembling URLs, their netloc parts,
# resolving relative references (RFC 3986's examples), defragmenting.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit,
                          urljoin, urldefrag)

urls = [
    "http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag",
    "https://[::1]:443/path",
    "ftp://host/file.txt",
    "mailto:someone@example.com",
    "//netloc/only",
    "/just/a/path?x",
    "file:///etc/passwd",
    "HTTP://x.org",
    "  http://spaces.example/ ",
    "http://a/b\tc\nd",
    "path;params",
    "http://host:/",
    "",
    "urn:isbn:0451450523",
    "svn+ssh://h/r",
]
for u in urls:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u))
    print(" ", s)
    print(" ", p)
    print(" ", s.username, s.password, s.hostname, s.port, s.geturl() == urlunsplit(s), p.geturl())
print(urlunparse(("http", "h", "/p", "x", "q", "f")), urlunsplit(("", "", "p", "", "")))
print(urlparse("p", scheme="http"), urlsplit("a#b", allow_fragments=False))

base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s",
            "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../",
            "../g", "../..", "../../", "../../g", "../../../g", "/./g",
            "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h",
            "g/../h", "g;x=1/./y", "g;x=1/../y", "https://other/x"]:
    print(repr(ref), urljoin(base, ref))
print(urljoin("", "x"), urljoin("http://a/b", ""), urljoin("mailto:a@b", "c"))
print(urldefrag("http://a/b#c"), urldefrag("http://a/b"), urldefrag("http://a/b#c").geturl())

for bad in ["http://[::1/x", "http://::1]/x"]:
    try:
        urlsplit(bad)
    except ValueError as e:
        print("ValueError", e)
for port in ["http://h:99999/", "http://h:x/", "http://h:-1/"]:
    try:
        print(urlsplit(port).port)
    except ValueError as e:
        print("ValueError", e)
