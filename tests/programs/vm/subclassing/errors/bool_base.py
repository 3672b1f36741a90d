# bool and some other built-in types cannot be subclassed.
for base in (bool, type(None), range, slice, type(len), type(lambda: 0)):
    try:
        class X(base):
            pass
    except TypeError as e:
        print('TypeError:', e)
