# gettext: NullTranslations and the module functions without catalogs,
# a GNU .mo catalog built here (header with charset and Plural-Forms,
# plural entries, contexts) read by GNUTranslations and translation(),
# fallbacks, install(), c2py plural rules and the errors.
import builtins
import gettext
import io
import os
import struct
import tempfile


def mo_bytes(entries, big_endian=False):
    """A .mo catalog of (original, translation) byte strings."""
    entries = sorted(entries)
    order = '>' if big_endian else '<'
    count = len(entries)
    originals_at = 28
    translations_at = originals_at + 8 * count
    data_at = translations_at + 8 * count
    tables, blob = [[], []], b''
    for original, translated in entries:
        for table, text in zip(tables, (original, translated)):
            table.append((len(text), data_at + len(blob)))
            blob += text + b'\x00'
    header = struct.pack(order + '7I', 0x950412de, 0, count, originals_at,
                         translations_at, 0, 0)
    body = b''.join(struct.pack(order + 'II', *pair) for table in tables for pair in table)
    return header + body + blob


ENTRIES = [
    (b'', b'Project-Id-Version: demo\nContent-Type: text/plain; charset=UTF-8\n'
          b'Plural-Forms: nplurals=3; plural=n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;\n'),
    (b'Hello', 'Cze\u015b\u0107'.encode()),
    (b'file\x00files', b'plik\x00pliki\x00plik\xc3\xb3w'),
    (b'menu\x04Open', b'Otw\xc3\xb3rz'),
    (b'menu\x04item\x00items', b'pozycja\x00pozycje\x00pozycji'),
]

null = gettext.NullTranslations()
print(null.gettext('x'), null.ngettext('a', 'b', 1), null.ngettext('a', 'b', 2),
      null.pgettext('c', 'm'), null.npgettext('c', 's', 'p', 3), null.info(), null.charset())
print(gettext.gettext('hello'), gettext.ngettext('file', 'files', 0), gettext.dgettext('dom', 'm'),
      gettext.pgettext('ctx', 'm'), gettext.dngettext('d', 's', 'p', 1), gettext.npgettext('c', 's', 'p', 2))
print(gettext.textdomain(), gettext.find('nodomain', languages=['xx']))

catalog = gettext.GNUTranslations(io.BytesIO(mo_bytes(ENTRIES)))
print(catalog.gettext('Hello'), catalog.gettext('Missing'), catalog.charset())
print(sorted(catalog.info().items()))
print([catalog.ngettext('file', 'files', n) for n in (1, 2, 5, 22, 25)])
print(catalog.pgettext('menu', 'Open'), catalog.pgettext('other', 'Open'),
      [catalog.npgettext('menu', 'item', 'items', n) for n in (1, 3, 7)])
print(catalog.ngettext('dog', 'dogs', 1), catalog.ngettext('dog', 'dogs', 2))

big = gettext.GNUTranslations(io.BytesIO(mo_bytes(ENTRIES[:2], big_endian=True).replace(
    struct.pack('<I', 0x950412de), struct.pack('>I', 0x950412de), 1)))
print(big.gettext('Hello'))


class Shouting(gettext.NullTranslations):
    def gettext(self, message):
        return message.upper()


catalog.add_fallback(Shouting())
print(catalog.gettext('Hello'), catalog.gettext('Missing'))

with tempfile.TemporaryDirectory() as root:
    os.makedirs(os.path.join(root, 'pl', 'LC_MESSAGES'))
    with open(os.path.join(root, 'pl', 'LC_MESSAGES', 'demo.mo'), 'wb') as f:
        f.write(mo_bytes(ENTRIES))
    print(os.path.relpath(gettext.find('demo', root, ['pl_PL.UTF-8']), root))
    print(gettext.find('demo', root, ['de']), gettext.find('demo', root, ['de', 'pl'], all=True) != [])
    t = gettext.translation('demo', root, ['pl'])
    print(type(t).__name__, t.gettext('Hello'), t.ngettext('file', 'files', 3))
    print(type(gettext.translation('demo', root, ['de'], fallback=True)).__name__)
    try:
        gettext.translation('demo', root, ['de'])
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror, e.filename)
    gettext.bindtextdomain('demo', root)
    print(os.path.relpath(gettext.bindtextdomain('demo'), root))
    t.install(names=['ngettext'])
    print(_('Hello'), builtins.ngettext('file', 'files', 2))
    del builtins._, builtins.ngettext

for bad in [b'', b'\x00' * 28, struct.pack('<7I', 0x950412de, 5 << 16, 0, 28, 28, 0, 0)]:
    try:
        gettext.GNUTranslations(io.BytesIO(bad))
    except (OSError, struct.error) as e:
        print(type(e).__name__, e.args)

rule = gettext.c2py('n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2')
print([rule(n) for n in (0, 1, 2, 11, 21, 111)])
for bad in ['n +', '(n', 'n)', 'x', 'n;1', '__import__("os")', '1 ? 2']:
    try:
        gettext.c2py(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    rule('3')
except TypeError as e:
    print('TypeError', e)
