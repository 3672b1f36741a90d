# Metaclasses: type(name, bases, dict), __new__/__init__/__prepare__,
# __init_subclass__, __set_name__, __class_getitem__.
Point = type("Point", (), {"x": 0, "show": lambda self: f"Point({self.x})"})
p = Point()
p.x = 3
print(Point.__name__, p.show(), type(Point), type(p) is Point)


class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.registered = True


class Base(metaclass=Registry):
    pass


class Child(Base):
    pass


print(Registry.classes, Child.registered, type(Child).__name__, isinstance(Child, Registry))


class Plugin:
    plugins = []

    def __init_subclass__(cls, kind="generic", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        Plugin.plugins.append(cls.__name__)


class Audio(Plugin, kind="audio"):
    pass


class Video(Plugin):
    pass


print(Plugin.plugins, Audio.kind, Video.kind)


class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name


class Model:
    title = Field()
    body = Field()


print(Model.title.name, Model.body.name, Model.title.owner)


class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"


print(Box[int], Box[str])


class Meta(type):
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)


class Thing(metaclass=Meta):
    def __init__(self, a):
        self.a = a


t = Thing(5)
print(t.a)
