# Without __repr__ a subclass instance prints as its base does.
class L(list): pass
class D(dict): pass
class T(tuple): pass
class S(set): pass
class F(frozenset): pass
class St(str): pass
class I(int): pass
class Fl(float): pass
class B(bytes): pass
class BA(bytearray): pass

for v in (L([1]), D(a=1), T((1,)), S([1]), S(), F([2]), F(), St('x'), I(3), Fl(1.5), B(b'z'), BA(b'z')):
    print(repr(v), str(v), f'{v}', [v])
