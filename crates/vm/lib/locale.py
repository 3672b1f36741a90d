"""Locale settings. This interpreter knows the "C" (or "POSIX") locale
and UTF-8 text: setlocale() accepts "C", "POSIX", "" (the environment's
choice, which must be one of those or a UTF-8 locale) and the name of
the locale in force; localeconv() and the formatting functions use the
C locale's conventions ('.' as decimal point, no grouping).
"""

import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "localeconv", "strcoll", "strxfrm", "str", "atof",
           "atoi", "format_string", "currency", "normalize", "LC_CTYPE",
           "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL",
           "LC_MESSAGES", "CHAR_MAX", "getencoding"]

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORIES = (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY,
               LC_MESSAGES, LC_ALL)


class Error(Exception):
    pass


# The locale name in force per category: "C" when the program starts,
# except LC_CTYPE, which (as in CPython) follows the environment, a C
# locale there being taken as "C.UTF-8".
_current = {category: "C" for category in _CATEGORIES}


def _startup_ctype():
    import os
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = os.environ.get(name)
        if value:
            return "C.UTF-8" if value in ("C", "POSIX") else value
    return "C.UTF-8"


# The categories glibc names in a composite LC_ALL value, in its order.
_COMPOSITE = ("LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE",
              "LC_MONETARY", "LC_MESSAGES", "LC_PAPER", "LC_NAME",
              "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT",
              "LC_IDENTIFICATION")


def _environment_locale(category):
    import os
    for name in ("LC_ALL", _NAMES[category], "LANG"):
        value = os.environ.get(name)
        if value:
            return value
    return "C"


_NAMES = {LC_CTYPE: "LC_CTYPE", LC_NUMERIC: "LC_NUMERIC", LC_TIME: "LC_TIME",
          LC_COLLATE: "LC_COLLATE", LC_MONETARY: "LC_MONETARY",
          LC_MESSAGES: "LC_MESSAGES", LC_ALL: "LC_ALL"}


def _known(name):
    if name in ("C", "POSIX", "C.UTF-8", "C.utf8"):
        return True
    return name.lower().replace("-", "").endswith(".utf8")


def setlocale(category, locale=None):
    """Set (or, with locale=None, query) the locale of `category`."""
    if category not in _CATEGORIES:
        raise Error("unsupported locale setting")
    if locale is not None and not isinstance(locale, builtins_str):
        locale = normalize(_build_localename(locale))
    if locale is None:
        if category == LC_ALL:
            return _all_name()
        return _current[category]
    if locale == "":
        locale = _environment_locale(category)
    if not _known(locale):
        raise Error("unsupported locale setting")
    if category == LC_ALL:
        for c in _CATEGORIES:
            _current[c] = locale
        return _all_name()
    else:
        _current[category] = locale
    return locale


builtins_str = type("")
_current[LC_CTYPE] = _startup_ctype()


def _all_name():
    """LC_ALL's name: the one locale of every category, else glibc's
    'LC_CTYPE=...;LC_NUMERIC=...' list."""
    names = {_current[c] for c in _CATEGORIES if c != LC_ALL}
    if len(names) == 1:
        return names.pop()
    by_name = {_NAMES[c]: _current[c] for c in _CATEGORIES if c != LC_ALL}
    return ";".join("%s=%s" % (name, by_name.get(name, _current[LC_ALL]))
                    for name in _COMPOSITE)


def _build_localename(localetuple):
    language, encoding = localetuple
    if language is None:
        language = "C"
    if encoding is None:
        return language
    return language + "." + encoding


def _parse_localename(localename):
    if localename in ("C", "POSIX"):
        return None, None
    if localename.lower().replace("-", "") == "c.utf8":
        # CPython's alias table reads the C.UTF-8 locale as en_US's.
        return "en_US", "UTF-8"
    if "." in localename:
        language, encoding = localename.split(".", 1)
        if encoding.lower().replace("-", "") == "utf8":
            encoding = "UTF-8"
        return language, encoding
    if localename.startswith("C"):
        return None, None
    raise ValueError("unknown locale: %s" % localename)


def getlocale(category=LC_CTYPE):
    """The (language code, encoding) of `category`'s locale."""
    name = _all_name() if category == LC_ALL else _current[category]
    if ";" in name:
        raise TypeError("category LC_ALL is not supported")
    return _parse_localename(name)


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    """The (language code, encoding) the environment asks for."""
    import os
    for variable in envvars:
        localename = os.environ.get(variable)
        if localename:
            if variable == "LANGUAGE":
                localename = localename.split(":")[0]
            break
    else:
        localename = "C"
    return _parse_localename(localename)


def getencoding():
    """The locale's encoding: always UTF-8 here."""
    return "UTF-8"


def _codeset(name):
    if name in ("C", "POSIX"):
        return "ANSI_X3.4-1968"
    return "UTF-8"


def getpreferredencoding(do_setlocale=True):
    """The encoding of the user's preferred locale (do_setlocale=True) or
    of the current LC_CTYPE locale."""
    if do_setlocale:
        return _codeset(_startup_ctype())
    return _codeset(_current[LC_CTYPE])


def normalize(localename):
    """The locale name as given (this interpreter has no alias table)."""
    return localename


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX,
            'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
            'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '',
            'grouping': []}


def strcoll(a, b):
    """Compare two strings as the locale orders them (code points)."""
    return (a > b) - (a < b)


def strxfrm(s):
    """The key strcoll() compares by: the string itself."""
    return s


def format_string(f, val, grouping=False, monetary=False):
    """`f % val` with the locale's conventions."""
    return f % val


def str(val):
    """repr-free formatting of a float, as '%.12g' % val."""
    return '%.12g' % val


def delocalize(string):
    """The number text in the C locale's form."""
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    """Parse a number written in the locale's form."""
    return func(delocalize(string))


def atoi(string):
    """Parse an integer written in the locale's form."""
    return int(delocalize(string))


def currency(val, symbol=True, grouping=False, international=False):
    """The C locale has no currency format."""
    raise ValueError("Currency formatting is not possible using "
                     "the 'C' locale.")
