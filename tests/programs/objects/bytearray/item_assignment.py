# bytearray item and slice assignment and deletion, and their errors; a
# failed assignment leaves the bytearray unchanged.
ba = bytearray(b"abcdef")
ba[0] = 65
ba[-1] = 70
print(ba)
ba[1:3] = b"XYZ"
print(ba)
ba[0:0] = [1, 2]
print(ba)
ba[2:4] = bytearray(b"..")
print(ba)
ba[:2] = memoryview(b"mv")
print(ba)
ba[::2] = b"0123456789"[:len(ba[::2])]
print(ba)
ba[::-3] = list(range(33, 33 + len(ba[::-3])))
print(ba)
ba[True] = 0x7A
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[1:3]
print(ba)
del ba[::2]
print(ba)
del ba[:]
print(ba, len(ba))


class Index:
    def __index__(self):
        return 1


ba = bytearray(b"xyz")
ba[Index()] = Index()
print(ba)

ba = bytearray(b"abcdef")
for op in ["ba[0] = 256", "ba[0] = -1", "ba[0] = 10**20", "ba[0] = 'a'", "ba[10] = 1",
           "ba[-7] = 1", "ba[1:3] = 5", "ba[::2] = b'xy'", "del ba[10]", "ba[0] = 1.5",
           "ba['x'] = 1", "ba[1:2] = [300]", "ba[1:2] = [1, 'x']", "ba[1:2] = 'ab'",
           "del ba['x']", "ba[1:2] = None"]:
    try:
        exec(op)
        print(op, ba)
    except Exception as e:
        print(op, type(e).__name__, e)
print(ba)
