import sys

import _greet
import _greet as again
from _greet import x, y, hello
from _greet import hello as hi

print(_greet is again, _greet is sys.modules["_greet"])
print(_greet.__name__, repr(_greet.__package__), _greet.__file__)
print(_greet.__doc__)
print(x, y, hello("world"), hi is hello)
print(_greet._hidden)
print(type(_greet).__name__, "_greet" in sys.modules)
print(sys.path[0] + "/basic.py" == __file__)
print(__name__)
if __name__ == "__main__":
    print("main guard runs in the script")
