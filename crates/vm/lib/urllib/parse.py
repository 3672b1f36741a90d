"""Parse URLs into components and put them back together (RFC 3986),
resolve relative URLs, and percent-encode/decode text for URLs and
query strings.

    urlsplit("http://u@host:80/p?q=1#f")  -> SplitResult(...)
    urljoin("http://a/b/c", "../d")       -> 'http://a/d'
    quote("a b/c")                        -> 'a%20b/c'
    urlencode({"a": 1, "b": "x y"})       -> 'a=1&b=x+y'
    parse_qs("a=1&a=2")                   -> {'a': ['1', '2']}

Components are str; the bytes forms of the parsing functions are not
provided.
"""

from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit",
           "urlunsplit", "urlencode", "parse_qs", "parse_qsl", "quote",
           "quote_plus", "quote_from_bytes", "unquote", "unquote_plus",
           "unquote_to_bytes", "DefragResult", "ParseResult",
           "SplitResult"]

uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais",
                 "file", "https", "shttp", "mms", "prospero", "rtsp",
                 "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap",
               "wais", "file", "mms", "https", "shttp", "snews", "prospero",
               "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs",
               "git", "git+ssh", "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https",
               "shttp", "rtsp", "rtspu", "sip", "sips", "mms", "sftp",
               "tel"]
scheme_chars = ("abcdefghijklmnopqrstuvwxyz"
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                "0123456789"
                "+-.")

# Characters a URL may not start with (WHATWG: C0 controls and space),
# and the ones removed anywhere in it (tab and newlines).
_C0_CONTROL_OR_SPACE = "".join(chr(i) for i in range(0x21))
_UNSAFE_URL_CHARS = ("\t", "\r", "\n")


class _NetlocMixin:
    """The parts of the network location as properties."""

    __slots__ = ()

    @property
    def username(self):
        userinfo, have_info, _ = self.netloc.rpartition("@")
        if not have_info:
            return None
        username, _, _ = userinfo.partition(":")
        return username

    @property
    def password(self):
        userinfo, have_info, _ = self.netloc.rpartition("@")
        if not have_info:
            return None
        _, have_password, password = userinfo.partition(":")
        return password if have_password else None

    def _hostinfo(self):
        _, _, hostinfo = self.netloc.rpartition("@")
        _, have_open_br, bracketed = hostinfo.partition("[")
        if have_open_br:
            hostname, _, port = bracketed.partition("]")
            _, _, port = port.partition(":")
        else:
            hostname, _, port = hostinfo.partition(":")
        if not port:
            port = None
        return hostname, port

    @property
    def hostname(self):
        hostname = self._hostinfo()[0]
        if not hostname:
            return None
        separator = "%"
        hostname, percent, zone = hostname.partition(separator)
        return hostname.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo()[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError(
                    f"Port could not be cast to integer value as {port!r}")
            if not 0 <= port <= 65535:
                raise ValueError("Port out of range 0-65535")
        return port


class DefragResult(namedtuple("DefragResult", "url fragment")):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + "#" + self.fragment
        return self.url


class SplitResult(namedtuple("SplitResult",
                             "scheme netloc path query fragment"),
                  _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(namedtuple("ParseResult",
                             "scheme netloc path params query fragment"),
                  _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _split_netloc(url, start=0):
    end = len(url)
    for c in "/?#":
        found = url.find(c, start)
        if found >= 0:
            end = min(end, found)
    return url[start:end], url[end:]


def _split_params(url):
    if "/" in url:
        i = url.find(";", url.rfind("/"))
        if i < 0:
            return url, ""
    else:
        i = url.find(";")
    return url[:i], url[i + 1:]


def urlsplit(url, scheme="", allow_fragments=True):
    """``url`` as ``(scheme, netloc, path, query, fragment)``."""
    url = url.lstrip(_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_C0_CONTROL_OR_SPACE)
    for c in _UNSAFE_URL_CHARS:
        url = url.replace(c, "")
        scheme = scheme.replace(c, "")
    netloc = query = fragment = ""
    i = url.find(":")
    if i > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in scheme_chars for c in url[:i]):
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == "//":
        netloc, url = _split_netloc(url, 2)
        if (("[" in netloc and "]" not in netloc)
                or ("]" in netloc and "[" not in netloc)):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme="", allow_fragments=True):
    """``url`` as ``(scheme, netloc, path, params, query, fragment)``."""
    scheme, netloc, url, query, fragment = urlsplit(url, scheme,
                                                    allow_fragments)
    if scheme in uses_params and ";" in url:
        url, params = _split_params(url)
    else:
        params = ""
    return ParseResult(scheme, netloc, url, params, query, fragment)


def urlunsplit(components):
    """The URL of the five parts ``urlsplit`` gives."""
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def urlunparse(components):
    """The URL of the six parts ``urlparse`` gives."""
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = "%s;%s" % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def urljoin(base, url, allow_fragments=True):
    """``url`` resolved against the base URL ``base`` (RFC 3986 5.2)."""
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(
        base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(
        url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query,
                               fragment))
        netloc = bnetloc
    if not path and not params:
        return urlunparse((scheme, netloc, bpath, bparams,
                           query or bquery, fragment))
    if path[:1] == "/":
        segments = path.split("/")
    else:
        base_segments = bpath.split("/")
        if base_segments[-1] != "":
            base_segments.pop()
        segments = base_segments + path.split("/")
        # Empty segments between the first and the last collapse.
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for segment in segments:
        if segment == "..":
            if resolved:
                resolved.pop()
        elif segment != ".":
            resolved.append(segment)
    if segments[-1] in (".", ".."):
        resolved.append("")
    return urlunparse((scheme, netloc, "/".join(resolved) or "/", params,
                       query, fragment))


def urldefrag(url):
    """``(url without its fragment, the fragment)``."""
    if "#" in url:
        s, n, p, a, q, fragment = urlparse(url)
        defragmented = urlunparse((s, n, p, a, q, ""))
    else:
        fragment = ""
        defragmented = url
    return DefragResult(defragmented, fragment)


# Percent-encoding.

_ALWAYS_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                         b"abcdefghijklmnopqrstuvwxyz"
                         b"0123456789"
                         b"_.-~")
_HEX = "0123456789ABCDEFabcdef"


def unquote_to_bytes(string):
    """The bytes ``string`` spells with its %XX escapes decoded."""
    if isinstance(string, str):
        string = string.encode("utf-8")
    string = bytes(string)
    if b"%" not in string:
        return string
    out = bytearray()
    i = 0
    n = len(string)
    while i < n:
        c = string[i]
        if (c == 0x25 and i + 2 < n and chr(string[i + 1]) in _HEX
                and chr(string[i + 2]) in _HEX):
            out.append(int(string[i + 1:i + 3].decode("ascii"), 16))
            i += 3
        else:
            out.append(c)
            i += 1
    return bytes(out)


def unquote(string, encoding="utf-8", errors="replace"):
    """``string`` with its %XX escapes decoded (runs of escapes are
    decoded together as ``encoding``)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        return string
    if encoding is None:
        encoding = "utf-8"
    if errors is None:
        errors = "replace"
    out = []
    pending = bytearray()
    i = 0
    n = len(string)
    while i < n:
        c = string[i]
        if (c == "%" and i + 2 < n and string[i + 1] in _HEX
                and string[i + 2] in _HEX):
            pending.append(int(string[i + 1:i + 3], 16))
            i += 3
            continue
        if pending:
            out.append(bytes(pending).decode(encoding, errors))
            pending = bytearray()
        out.append(c)
        i += 1
    if pending:
        out.append(bytes(pending).decode(encoding, errors))
    return "".join(out)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    """Like ``unquote``, and ``+`` stands for a space."""
    string = string.replace("+", " ")
    return unquote(string, encoding, errors)


def quote_from_bytes(bs, safe="/"):
    """The bytes ``bs`` with every byte outside the unreserved set and
    ``safe`` written as %XX."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ""
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore")
    else:
        safe = bytes(c for c in safe if c < 128)
    keep = _ALWAYS_SAFE | frozenset(safe)
    return "".join(chr(b) if b in keep else "%%%02X" % b for b in bs)


def quote(string, safe="/", encoding=None, errors=None):
    """``string`` percent-encoded for a URL path (``/`` kept)."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = "utf-8"
        if errors is None:
            errors = "strict"
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    """Like ``quote`` for a query string: spaces become ``+``."""
    if ((isinstance(string, str) and " " not in string)
            or (isinstance(string, bytes) and b" " not in string)):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = " "
    else:
        space = b" "
    string = quote(string, safe + space, encoding, errors)
    return string.replace(" ", "+")


def _quote_item(value, safe, encoding, errors, quote_via):
    if isinstance(value, bytes):
        return quote_via(value, safe)
    return quote_via(str(value), safe, encoding, errors)


def urlencode(query, doseq=False, safe="", encoding=None, errors=None,
              quote_via=quote_plus):
    """The query string ``k1=v1&k2=v2`` of a mapping or of a sequence of
    pairs; with ``doseq``, a sequence value gives one pair per item."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from None
    pairs = []
    for k, v in query:
        k = _quote_item(k, safe, encoding, errors, quote_via)
        if not doseq or isinstance(v, (str, bytes)):
            pairs.append(k + "=" + _quote_item(v, safe, encoding, errors,
                                               quote_via))
            continue
        try:
            len(v)
        except TypeError:
            pairs.append(k + "=" + _quote_item(v, safe, encoding, errors,
                                               quote_via))
            continue
        for item in v:
            pairs.append(k + "=" + _quote_item(item, safe, encoding, errors,
                                               quote_via))
    return "&".join(pairs)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding="utf-8", errors="replace", max_num_fields=None,
              separator="&"):
    """The ``(name, value)`` pairs of the query string ``qs``."""
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(qs, bytes):
        qs = qs.decode("ascii")
    if isinstance(separator, bytes):
        separator = separator.decode("ascii")
    if max_num_fields is not None:
        if 1 + qs.count(separator) > max_num_fields:
            raise ValueError("Max number of fields exceeded")
    pairs = []
    if not qs:
        return pairs
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name_value = field.split("=", 1)
        if len(name_value) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if keep_blank_values:
                name_value.append("")
            else:
                continue
        if name_value[1] or keep_blank_values:
            name = unquote(name_value[0].replace("+", " "), encoding, errors)
            value = unquote(name_value[1].replace("+", " "), encoding,
                            errors)
            pairs.append((name, value))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding="utf-8", errors="replace", max_num_fields=None,
             separator="&"):
    """The query string ``qs`` as a dict of lists of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding, errors, max_num_fields,
                                 separator):
        result.setdefault(name, []).append(value)
    return result
