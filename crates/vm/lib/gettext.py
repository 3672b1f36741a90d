"""Message catalogs: translating a program's messages.

A translation object maps a message (and, for plurals, a count) to its
translation. NullTranslations returns messages unchanged (the singular
for n == 1, the plural otherwise) unless a fallback is added;
GNUTranslations reads a compiled GNU .mo catalog, whose header gives the
charset and the Plural-Forms rule (a C expression, turned into a Python
function by c2py, in _gettext_plural). translation() finds a catalog for
the languages in LANGUAGE, LC_ALL, LC_MESSAGES and LANG; the module-level
functions use the domain set by textdomain().
"""

import os
import struct as _struct
import sys

from _gettext_plural import c2py

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


class NullTranslations:
    """Messages returned as given, unless a fallback translates them."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        """Ask `fallback` for what this catalog cannot translate."""
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Put _() (and the named functions) in builtins."""
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            for name in {'gettext', 'ngettext', 'npgettext', 'pgettext'} & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """The translations of a compiled GNU .mo catalog: a header of
    counts and table offsets, then (length, offset) pairs locating each
    original string and its translation. A plural entry's original is
    'singular\\0plural' and its translation the forms joined by NULs;
    a context is 'context\\x04message'."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        filename = getattr(fp, 'name', '')
        data = fp.read()
        self._catalog = {}
        self.plural = lambda n: int(n != 1)
        magic = _struct.unpack('<I', data[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        version, count, originals, translations = _struct.unpack(
            order + '4I', data[4:20])
        if self._get_versions(version)[0] not in self.VERSIONS:
            raise OSError(0, 'Bad version number '
                          + str(self._get_versions(version)[0]), filename)
        entries = []
        for index in range(count):
            pair = []
            for table in (originals, translations):
                length, offset = _struct.unpack(
                    order + 'II', data[table + 8 * index:table + 8 * index + 8])
                if offset + length >= len(data):
                    raise OSError(0, 'File is corrupt', filename)
                pair.append(data[offset:offset + length])
            entries.append(pair)
        for original, translated in entries:
            if not original:
                self._read_header(translated)
            charset = self._charset or 'ascii'
            if b'\x00' in original:
                singular = original.split(b'\x00')[0].decode(charset)
                for form, text in enumerate(translated.split(b'\x00')):
                    self._catalog[(singular, form)] = text.decode(charset)
            else:
                self._catalog[original.decode(charset)] = translated.decode(charset)

    def _read_header(self, header):
        """Fill info() from the catalog's header entry, and the charset and
        plural rule it declares."""
        last = None
        for raw in header.split(b'\n'):
            line = raw.decode().strip()
            if not line or (line.startswith('#-#-#-#-#')
                            and line.endswith('#-#-#-#-#')):
                continue
            if ':' not in line:
                if last:
                    self._info[last] += '\n' + line
                continue
            key, value = line.split(':', 1)
            key, value = key.strip().lower(), value.strip()
            self._info[key] = value
            last = key
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                self.plural = c2py(value.split(';')[1].split('plural=')[1])

    def _lookup(self, key, n=None):
        """The translation of a message (or of its form for count n)."""
        if n is not None:
            return self._catalog.get((key, self.plural(n)))
        found = self._catalog.get(key)
        if found is None:
            found = self._catalog.get((key, self.plural(1)))
        return found

    def gettext(self, message):
        found = self._lookup(message)
        if found is not None:
            return found
        return NullTranslations.gettext(self, message)

    def ngettext(self, msgid1, msgid2, n):
        found = self._lookup(msgid1, n)
        if found is not None:
            return found
        return NullTranslations.ngettext(self, msgid1, msgid2, n)

    def pgettext(self, context, message):
        found = self._lookup(self.CONTEXT % (context, message))
        if found is not None:
            return found
        return NullTranslations.pgettext(self, context, message)

    def npgettext(self, context, msgid1, msgid2, n):
        found = self._lookup(self.CONTEXT % (context, msgid1), n)
        if found is not None:
            return found
        return NullTranslations.npgettext(self, context, msgid1, msgid2, n)


def _expand_lang(loc):
    """The language names to try for a locale, most specific first:
    language[_territory][.codeset][@modifier] with the optional parts
    dropped in every combination."""
    import locale
    loc = locale.normalize(loc)
    parts = []
    for separator in ('@', '.', '_'):
        at = loc.find(separator)
        if at >= 0:
            parts.append(loc[at:])
            loc = loc[:at]
        else:
            parts.append(None)
    modifier, codeset, territory = parts
    optional = [territory, codeset, modifier]
    names = []
    for mask in range(7, -1, -1):
        if any(mask & (1 << i) and optional[i] is None for i in range(3)):
            continue
        name = loc
        for i in range(3):
            if mask & (1 << i):
                name += optional[i]
        names.append(name)
    return names


def find(domain, localedir=None, languages=None, all=False):
    """The path of the .mo file for the domain (or all of them), or None."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            value = os.environ.get(envar)
            if value:
                languages = value.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    candidates = []
    for lang in languages:
        for name in _expand_lang(lang):
            if name not in candidates:
                candidates.append(name)
    found = []
    for lang in candidates:
        if lang == 'C':
            break
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(mofile):
            if not all:
                return mofile
            found.append(mofile)
    return found if all else None


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None,
                fallback=False):
    """The translations of a domain (chained over every language found)."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT,
                                'No translation file found for domain', domain)
    import copy
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        loaded = _translations.get(key)
        if loaded is None:
            with open(mofile, 'rb') as fp:
                loaded = _translations.setdefault(key, class_(fp))
        loaded = copy.copy(loaded)
        if result is None:
            result = loaded
        else:
            result.add_fallback(loaded)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    """Set (with an argument) and return the current domain."""
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    """Set (with a directory) and return where a domain's catalogs are."""
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translation(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return NullTranslations()


def dgettext(domain, message):
    return _domain_translation(domain).gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    return _domain_translation(domain).ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    return _domain_translation(domain).pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    return _domain_translation(domain).npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
