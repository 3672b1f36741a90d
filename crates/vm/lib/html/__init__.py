"""Escaping text for HTML and resolving HTML character references.

    html.escape('<a href="x">')   -> '&lt;a href=&quot;x&quot;&gt;'
    html.unescape('&lt;&#65;&amp') -> '<A&'
"""

import re as _re

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """``s`` with ``&``, ``<`` and ``>`` (and, with ``quote``, both quote
    characters) replaced by character references."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# Numeric references the HTML5 parser maps to other characters: NUL and
# CR, and the C1 range read as Windows-1252 (the five code points that
# Windows-1252 leaves undefined stand for themselves).
_WINDOWS_1252_C1 = (
    0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6,
    0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018,
    0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
    0x203a, 0x0153, 0x9d, 0x017e, 0x0178)
_invalid_charrefs = {0x00: "\ufffd", 0x0d: "\r"}
for _i, _code in enumerate(_WINDOWS_1252_C1):
    _invalid_charrefs[0x80 + _i] = chr(_code)
del _i, _code

# Code points a numeric reference may not produce (they vanish).
_invalid_codepoints = set(range(0x1, 0x9)) | set(range(0xe, 0x20))
_invalid_codepoints |= set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0))
_invalid_codepoints |= {0xb}
for _plane in range(0x11):
    _invalid_codepoints |= {(_plane << 16) | 0xfffe, (_plane << 16) | 0xffff}
del _plane


def _replace_charref(match):
    s = match.group(1)
    if s[0] == "#":
        if s[1] in "xX":
            num = int(s[2:].rstrip(";"), 16)
        else:
            num = int(s[1:].rstrip(";"))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return "\uFFFD"
        if num in _invalid_codepoints:
            return ""
        return chr(num)
    from html.entities import html5
    if s in html5:
        return html5[s]
    # The longest known name the reference starts with (some names are
    # valid without their semicolon: "&ampx" is "&x").
    for end in range(len(s) - 1, 1, -1):
        if s[:end] in html5:
            return html5[s[:end]] + s[end:]
    return "&" + s


_charref = _re.compile(r"&(#[0-9]+;?"
                       r"|#[xX][0-9a-fA-F]+;?"
                       r"|[^\t\n\f <&#;]{1,32};?)")


def unescape(s):
    """``s`` with its named and numeric character references replaced by
    the characters they stand for, as an HTML5 parser reads them."""
    if "&" not in s:
        return s
    return _charref.sub(_replace_charref, s)
