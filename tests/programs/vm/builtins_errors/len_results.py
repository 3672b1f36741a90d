# What __len__ may return: an int (or an int subclass) from 0 up to
# sys.maxsize; len() and truth testing report the others as CPython does.
import sys

class Returns:
    def __init__(self, value):
        self.value = value
    def __len__(self):
        return self.value

class MyInt(int):
    pass

for value in [0, 3, True, MyInt(7), sys.maxsize, sys.maxsize + 1, 2 ** 100, -1,
              -2 ** 100, 1.5, "3", None]:
    for op in (len, bool):
        try:
            print(op.__name__, repr(value)[:12], op(Returns(value)))
        except (OverflowError, ValueError, TypeError) as e:
            print(op.__name__, repr(value)[:12], type(e).__name__, e)
