# bytes % args and bytearray % args (PEP 461): every conversion, flags,
# widths and precisions, mappings with bytes keys, and CPython's errors.
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)


class Plain:
    pass


for expr in [
    "b'%d %s' % (1, b'x')",
    "b'%s|%b' % (b'ab', bytearray(b'cd'))",
    "b'%r' % b'q'",
    "b'%r %a' % ('\\xe9', '\\u20ac')",
    "b'%a' % 'plain'",
    "b'%c%c%c' % (65, b'B', bytearray(b'C'))",
    "b'%x %X %o %#x %#o' % (255, 255, 8, 255, 8)",
    "b'%05d|%-5d|%+d|% d' % (42, 42, 42, 42)",
    "b'%.3f %e %g %G' % (1.5, 1e10, 0.0001, 1e-10)",
    "b'%i %u' % (3.7, True)",
    "b'%5s|%-5s|%.2s' % (b'ab', b'cd', b'xyz')",
    "b'%*d|%-*d|%.*f' % (4, 7, 4, 7, 2, 3.14159)",
    "b'%(a)s and %(b)d' % {b'a': b'x', b'b': 3}",
    "b'%%' % ()",
    "b'no args' % ()",
    "b'no args' % {}",
    "b'\\xff%s\\x00' % b'\\x80'",
    "bytearray(b'%s-%r') % (b'x', '\\xe9')",
    "type(bytearray(b'%d') % 5).__name__",
    "bytearray(b\"it's %s\") % b'ok'",
    "b'%s' % 1",
    "b'%s' % 'text'",
    "b'%b' % None",
    "b'%s' % Plain()",
    "b'%c' % 256",
    "b'%c' % -1",
    "b'%c' % 'x'",
    "b'%c' % b'xy'",
    "b'%x' % 'a'",
    "b'%d' % 'a'",
    "b'%f' % 'a'",
    "b'%d %d' % (1, 2, 3)",
    "b'%d %d' % (1,)",
    "b'abc' % 5",
    "b'%y' % 1",
    "b'%' % ()",
    "b'%(a)s' % {'a': b'x'}",
    "b'%(a)s' % (1,)",
    "b'%(a' % {b'a': 1}",
]:
    show(expr)
