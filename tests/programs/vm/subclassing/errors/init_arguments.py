# Argument errors of the built-in constructors as subclasses inherit them.
class L(list): pass
class D(dict): pass
class S(set): pass
class T(tuple): pass
class I(int): pass
class St(str): pass
for f in (lambda: L(1, 2), lambda: L(a=1), lambda: L(5), lambda: S(1, 2), lambda: S(a=1), lambda: T(1, 2), lambda: T(5), lambda: I('x'), lambda: I(1, 2, 3), lambda: St(1, 2), lambda: D(1), lambda: D([1])):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class LL(list):
    def __init__(self, a, b):
        super().__init__([a, b])
print(LL(1, 2))
class SS(set):
    def __init__(self, *a):
        super().__init__(a)
print(SS(1, 2))
class TT(tuple):
    def __init__(self, *a):
        print('init', a)
print(TT([1, 2]))
