# locale: the C locale and UTF-8 text.
import locale

print(locale.getlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_ALL), locale.getlocale())
print(locale.setlocale(locale.LC_NUMERIC, "C"), locale.getpreferredencoding(), locale.getpreferredencoding(False))
conv = locale.localeconv()
print(conv["decimal_point"], repr(conv["thousands_sep"]), conv["grouping"])
print(locale.atof("3.25"), locale.atoi("42"), locale.str(2.5), locale.format_string("%.2f", 3.14159))
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("a", "a"), locale.strxfrm("abc"))
try:
    locale.setlocale(locale.LC_ALL, "xx_NOT_A_LOCALE")
except locale.Error as e:
    print("Error", e)
try:
    locale.currency(1.5)
except ValueError as e:
    print("ValueError", e)
print(locale.LC_ALL, locale.LC_CTYPE, locale.CHAR_MAX, issubclass(locale.Error, Exception))
