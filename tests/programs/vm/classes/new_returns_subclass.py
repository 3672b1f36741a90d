# When __new__ returns an instance of a subclass, that subclass's __init__
# runs; when it returns something that is not an instance, no __init__ does.
class Base:
    def __new__(cls, kind):
        if cls is Base and kind == "special":
            return super().__new__(Special)
        if kind == "other":
            return 42
        return super().__new__(cls)

    def __init__(self, kind):
        print("Base.__init__", type(self).__name__, kind)


class Special(Base):
    def __init__(self, kind):
        print("Special.__init__", kind)


print(type(Base("plain")).__name__)
print(type(Base("special")).__name__)
print(Base("other"))


class Plain:
    pass


class Picker:
    def __new__(cls):
        return super().__new__(Chosen)


class Chosen(Picker):
    def __init__(self):
        print("Chosen.__init__")


print(type(Picker()).__name__)


class ListBase(list):
    def __new__(cls, *args):
        return super().__new__(ListChild)


class ListChild(ListBase):
    def __init__(self, *args):
        print("ListChild.__init__", args)
        super().__init__(*args)


print(ListBase([1, 2]))
