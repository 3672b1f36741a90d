# memoryview over bytes and bytearray: indexing, slicing (strided and
# reversed), the attributes, tobytes/tolist/hex, equality, hashing, cast
# between the one-byte formats, writes through to a bytearray with
# CPython's errors, and release (directly and by a with block).
def show(expr):
    try:
        r = eval(expr)
        if type(r).__name__ == 'memoryview':
            r = ('memoryview', r.tolist())
        print(expr, '->', repr(r))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)

b = b'abcdef'
ba = bytearray(b'hello')
m = memoryview(b)
w = memoryview(ba)
for expr in [
    "len(m)", "m[0]", "m[-1]", "m[1:4]", "m[::2]", "m[::-1]", "m[4:1:-1]", "m[10:]",
    "m.tobytes()", "m[1:3].tobytes()", "m[::2].tobytes()", "m.tolist()", "m.hex()", "m.hex(':')", "m[1:3].hex('-', 1)",
    "m.readonly", "w.readonly", "m.format", "m.itemsize", "m.nbytes", "m[::2].nbytes", "m.ndim", "m.shape", "m.strides",
    "m[::-2].strides", "m.obj is b", "w.obj is ba", "m.c_contiguous", "m[::2].contiguous", "m.suboffsets",
    "m == b'abcdef'", "m == bytearray(b'abcdef')", "m == m[:]", "m[:2] == b'ab'", "m == b'x'", "m != b'x'", "m == 'abcdef'",
    "bytes(m)", "bytes(m[1:3])", "bytearray(m[::2])", "b'-'.join([m[:2], m[2:4]])", "b'xy' + bytes(m)",
    "b'%s' % m[:3]", "b'abcdef'.startswith(m[:2])", "list(m[:3])", "hash(m) == hash(b)", "hash(w)",
    "m[6]", "m[-7]", "m['a']", "m[1.5]", "memoryview(5)", "memoryview('abc')", "memoryview(m).tolist()",
    "m.cast('c')[0]", "m.cast('b').tolist()", "m.cast('@B').format", "m.cast('i')", "m[::2].cast('B')", "m.cast(5)",
    "memoryview(b'\\xff\\x80').cast('b').tolist()", "m.toreadonly().readonly", "w.toreadonly().readonly",
]:
    show(expr)

def attempt(code):
    try:
        exec(code)
        print(code, '-> ok', ba)
    except Exception as e:
        print(code, '->', type(e).__name__ + ':', e)

for code in [
    "w[0] = 72", "w[-1] = 33", "w[1:3] = b'EL'", "w[::2] = b'xyz'", "w[0] = 256", "w[0] = -1", "w[0] = 'a'",
    "w[0] = 1.0", "w[0:2] = b'abc'", "w[0:2] = 5", "w[9] = 1", "del w[0]", "m[0] = 1", "del m[0]",
    "w.cast('c')[0] = b'Q'", "w.cast('c')[0] = b'QQ'", "w.cast('c')[0] = 1", "w.cast('b')[0] = -1", "w.cast('b')[0] = 200",
    "w[:2] = memoryview(b'zz')", "w[:2] = memoryview(b'zz').cast('c')", "w.toreadonly()[0] = 1",
]:
    attempt(code)

with memoryview(b'ctx') as c:
    print(c.tobytes(), c.readonly)
print(repr(c).startswith('<released memory at 0x'))
for expr in ["c[0]", "len(c)", "c.tobytes()", "c.format", "bytes(c)", "c == c", "c == b'ctx'", "memoryview(c)"]:
    show(expr)
r = memoryview(b'xy')
print(repr(r).startswith('<memory at 0x'))
r.release()
r.release()
show("r.tolist()")
show("type(m).__name__")
show("isinstance(m, memoryview)")
