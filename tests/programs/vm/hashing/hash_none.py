# Defining __eq__ without __hash__ makes a class unhashable.
class A:
    def __eq__(self, other):
        return True


class B:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 7


class C(B):
    def __eq__(self, other):
        return False


class D(B):
    pass


print(A.__hash__, B.__hash__ is not None, C.__hash__, hash(B()), hash(D()))
for cls in (A, C):
    try:
        hash(cls())
    except TypeError as e:
        print(e)
print(len({B(), B()}), {D(): 1}[D()])
