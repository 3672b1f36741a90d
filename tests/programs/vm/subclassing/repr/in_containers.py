# A subclass's __repr__ is used when it sits inside built-in containers.
class Tag(str):
    def __repr__(self):
        return f"<{self}>"

class Num(int):
    def __repr__(self):
        return f"Num({int(self)})"

items = [Tag('a'), Num(1)]
print(items, (Tag('b'),), {Tag('k'): Num(2)}, {Num(3)}, str(items))

class Nested(list):
    def __repr__(self):
        return 'N' + list.__repr__(self)

n = Nested([1, Nested([2])])
print(n, [n], repr(n))
