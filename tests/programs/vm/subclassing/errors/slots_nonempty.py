# Named slots are refused on subclasses of int, bytes and tuple.
for base in (int, bytes, tuple):
    try:
        type('X', (base,), {'__slots__': ('a',)})
    except TypeError as e:
        print('TypeError:', e)
print(type('Y', (tuple,), {'__slots__': ()}).__name__)
print(type('Z', (int,), {'__slots__': ('__dict__',)})(3))
print(type('W', (list,), {'__slots__': ('a',)})([1]))
