import sys

small, big = [], list(range(1000))
print(sys.getsizeof(small) < sys.getsizeof(big))
print(sys.getsizeof("a" * 1000) > sys.getsizeof("a"))
grown = []
sizes = set()
for i in range(100):
    grown.append(i)
    sizes.add(sys.getsizeof(grown))
print(1 < len(sizes) < 100)  # a list over-allocates: its size grows in steps

class Sized:
    def __sizeof__(self):
        return 4242
print(sys.getsizeof(Sized()) >= 4242)

class BadSize:
    def __sizeof__(self):
        return "big"
try:
    sys.getsizeof(BadSize())
except TypeError as e:
    print(e)
print(sys.getsizeof(BadSize(), "default"))

class Negative:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Negative())
except ValueError as e:
    print(e)
