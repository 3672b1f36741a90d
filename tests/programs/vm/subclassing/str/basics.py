# A subclass of str: methods and operators give plain str.
class S(str):
    pass

s = S('Hello')
print(s, repr(s), type(s).__name__, s.upper(), type(s.upper()).__name__, s + '!', type(s + '!').__name__)
print(len(s), s[1], s[1:3], type(s[1:3]).__name__, 'ell' in s, s == 'Hello', 'Hello' == s)
print(hash(s) == hash('Hello'), {s: 1}['Hello'], {'Hello': 2}[s])
print(str(s), type(str(s)).__name__, f"{s}|{s:>8}|", "%s" % s, s * 2, list(s))
print(s.split('l'), ','.join([s, s]), s.startswith('He'), S('{}-{}').format(1, 2), s.encode())
s.tag = 'x'
print(s.tag, s.__dict__, sorted([S('b'), S('a'), 'c']))
