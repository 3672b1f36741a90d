# A metaclass with __prepare__ supplying the class namespace.
class Recording(dict):
    pass


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("preparing", name, [b.__name__ for b in bases])
        return {"prepared_by": mcs.__name__}

    def __new__(mcs, name, bases, ns):
        fields = [k for k in ns if not k.startswith("__")]
        cls = super().__new__(mcs, name, bases, ns)
        cls.fields = fields
        return cls


class Record(metaclass=OrderedMeta):
    b = 2
    a = 1

    def method(self):
        return "m"


class Sub(Record):
    c = 3


print(Record.fields, Sub.fields, Record.prepared_by, Sub().method(), type(Sub).__name__)
