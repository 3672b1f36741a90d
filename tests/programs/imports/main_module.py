import sys

import __main__

shared = "set in the script"
print(__main__.shared, sys.modules["__main__"] is __main__)
import _uses_main

print(_uses_main.seen)
