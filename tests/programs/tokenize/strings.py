# pyrite-args: -m tokenize
a = 'single' "double" '''triple
quoted''' """another
one"""
b = r'\d+' R"raw" b'bytes' B"BYTES" rb'\x00' Rb"x" bR'y' BR"z" br'w'
c = u'unicode' U"also"
d = f'{a!r:>10}' rf'{b}\n' F"{c}" fR'{d}' Rf"x{1+2}y"
e = 'escaped \' quote' "and \" this" 'back\\slash'
f = '''it's "quoted"'''
print(a, b, c, d, e, f)
