# dict.fromkeys called on a subclass makes an instance of the subclass.
class D(dict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)

print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
d = D.fromkeys('xy', 1)
print(d, type(d).__name__)
