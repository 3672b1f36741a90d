# Members cannot be rebound or deleted through the class; other class
# attributes can.
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

def attempt(label, action):
    try:
        print(label, repr(action()))
    except AttributeError as e:
        print(label, "AttributeError", e)

attempt("reassign", lambda: setattr(Color, "RED", 9))
attempt("delete", lambda: delattr(Color, "GREEN"))
Color.note = "fine"
print(Color.note, Color.RED, Color.GREEN, list(Color))
del Color.note
print(hasattr(Color, "note"))
