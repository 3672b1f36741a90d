# Unicode identifiers, name mangling of __private attributes.
π = 3.14159
größe = 2
def área(r):
    return π * r * größe


print(round(área(1), 3))


class Vault:
    def __init__(self):
        self.__secret = "hidden"
        self._internal = "visible"

    def reveal(self):
        return self.__secret


v = Vault()
print(v.reveal(), v._internal, v._Vault__secret, hasattr(v, "__secret"), sorted(vars(v)))


class Child(Vault):
    def peek(self):
        try:
            return self.__secret
        except AttributeError as e:
            return str(e)


print(Child().peek())
