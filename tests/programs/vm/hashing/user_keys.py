# User objects as dict keys and set members: __eq__ and __hash__.
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return f"Key({self.name})"


d = {Key("a"): 1, Key("B"): 2}
d[Key("A")] = 10
print(d, d[Key("b")], Key("c") in d, len({Key("x"), Key("X"), Key("y")}))


class Plain:
    pass


p, q = Plain(), Plain()
s = {p, q, p}
print(len(s), p in s, {p: "v"}[p], hash(p) == hash(p), p == q, p != q)


class Unhashable:
    def __eq__(self, other):
        return True


try:
    {Unhashable()}
except TypeError as e:
    print(e)
print([1, 2] in [[1, 2]], (1, [2]) == (1, [2]), Key("a") in [Key("A")], hash((1, "a")) == hash((1, "a")))
