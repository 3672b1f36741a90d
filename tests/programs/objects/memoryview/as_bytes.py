# A memoryview wherever bytes-like objects are accepted: concatenation,
# searches, join, extend, int.from_bytes, str(view, encoding).
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)


m = memoryview(b'cd')
ba = bytearray(b'ab')
for expr in [
    "b'ab' + m", "bytearray(b'a') + m", "m + b'x'", "b'abcd'.find(m)", "m in b'abcd'",
    "m[:1] in bytearray(b'xc')", "b'abcd'.replace(m, b'X')", "b'abcd'.split(m)", "b'cdcd'.count(m)",
    "b'abcd'.endswith(m)", "ba.extend(m) or ba", "bytes.fromhex(m.hex())", "int.from_bytes(m, 'big')",
    "b'xx'.join([m, memoryview(b'ef')[::-1]])", "str(m, 'ascii')", "str(m[::-1], 'utf-8')",
    "m.tobytes().decode()", "bytearray(b'abcd').strip(m)", "b'%s|%b' % (m, m[1:])",
]:
    show(expr)
ba += m
print(ba)
