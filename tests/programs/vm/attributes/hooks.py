# __getattribute__, __getattr__, __setattr__, __delattr__ and __dict__.
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

    def __getattribute__(self, name):
        if name == "secret":
            return "hidden"
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"<missing {name}>"


o = Logged()
o.a = 1
o.b = 2
del o.a
print(o.log, o.b, o.secret, o.nothing, sorted(o.__dict__))
print(vars(o) is o.__dict__, getattr(o, "zzz"))


class Slots:
    __slots__ = ("x",)


class Plain:
    pass


p = Plain()
p.__dict__["direct"] = 5
print(p.direct, Plain.__name__, Plain.__qualname__, Plain.__module__)
try:
    object().attr = 1
except AttributeError as e:
    print(e)
try:
    Plain().missing
except AttributeError as e:
    print(e)
try:
    Plain.missing
except AttributeError as e:
    print(e)
import sys
try:
    sys.nothing
except AttributeError as e:
    print(e)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__)
