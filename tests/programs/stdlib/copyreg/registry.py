# copyreg: the reduction registry pickle and copy consult, extension
# codes, and the helpers default reductions name.
import copyreg
import pickle


class Money:
    def __init__(self, cents):
        self.cents = cents


def reduce_money(m):
    return (Money, (m.cents + 1,))


copyreg.pickle(Money, reduce_money)
print(Money in copyreg.dispatch_table)
print(pickle.loads(pickle.dumps(Money(5))).cents)
try:
    copyreg.pickle(Money, 5)
except TypeError as e:
    print("TypeError", e)
del copyreg.dispatch_table[Money]
print(complex in copyreg.dispatch_table, copyreg.pickle_complex(1 + 2j))


class Point:
    def __init__(self, x):
        self.x = x


copyreg.add_extension(__name__, "Point", 240)
print(pickle.dumps(Point, 2), pickle.loads(pickle.dumps(Point, 2)) is Point)
copyreg.add_extension(__name__, "Point", 240)
for args in [(__name__, "Point", 241), ("other", "thing", 240), ("m", "n", 0)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print("ValueError", e)
copyreg.remove_extension(__name__, "Point", 240)
print(pickle.dumps(Point, 2))
try:
    copyreg.remove_extension(__name__, "Point", 240)
except ValueError as e:
    print("ValueError", e)


class Slots:
    __slots__ = ("a", "__b")


class More(Slots):
    __slots__ = ["c", "__dict__"]


print(copyreg._slotnames(Slots), copyreg._slotnames(More), More.__slotnames__)
print(copyreg._slotnames(Point))
p = copyreg.__newobj__(Point)
print(type(p).__name__, hasattr(p, "x"))
p = copyreg._reconstructor(Point, object, None)
print(type(p).__name__)


class MyList(list):
    pass


m = copyreg._reconstructor(MyList, list, [1, 2])
print(type(m).__name__, m)
print(copyreg._reduce_ex(Point(3), 0)[1], copyreg._reduce_ex(Point(3), 1)[2])
print(copyreg._reduce_ex(MyList([4]), 1)[1])
