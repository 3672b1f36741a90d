# A built-in module is recorded in sys.modules when imported; removing it
# there and importing again gives a module once more.
import sys
import math
print('math' in sys.modules, sys.modules['math'] is math)
del sys.modules['math']
import math as again
print('math' in sys.modules, again.sqrt(16.0))
import importlib
m = importlib.import_module('itertools')
print(m is sys.modules['itertools'])
