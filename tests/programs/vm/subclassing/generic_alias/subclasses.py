# __class_getitem__ inherited by subclasses, and defined by user classes.
class MyList(list):
    pass

print(MyList[int], MyList[int]([1]), type(MyList[int]([1])).__name__)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {item!r}"

class SubBox(Box):
    pass

print(Box[int], SubBox['x'], Box[int, str])
