# register(): virtual subclasses, with isinstance/issubclass through them
# and through the ABC's own subclasses.
from abc import ABC, ABCMeta, get_cache_token

class Drawable(ABC):
    pass

class Sprite(Drawable):
    pass

class Circle:
    pass

class Point:
    pass

print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
token = get_cache_token()
returned = Drawable.register(Circle)
print(returned is Circle, get_cache_token() != token)
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), Drawable in Circle.__mro__)
print(issubclass(Sprite, Drawable), issubclass(Point, Drawable))
Sprite.register(Point)
print(issubclass(Point, Sprite), issubclass(Point, Drawable), isinstance(Point(), Drawable))

@Drawable.register
class Text:
    pass

print(Text.__name__, issubclass(Text, Drawable))
print(issubclass(int, Drawable), issubclass(Sprite, Drawable), Drawable.register(Sprite) is Sprite)
try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError", e)
try:
    Sprite.register(Drawable)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    issubclass(3, Drawable)
except TypeError as e:
    print("TypeError", e)
print(isinstance(3, (int, Drawable)), isinstance(Text(), (str, Drawable)))
