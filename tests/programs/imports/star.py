from _stars import *
from _plain import *

print(shown, _private_but_listed, public)
for name in ["not_listed", "_private", "_plain"]:
    print(name, name in globals())
