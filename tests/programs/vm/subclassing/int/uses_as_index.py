# An int subclass instance works wherever an int is expected.
class Index(int):
    pass

i = Index(2)
data = ['a', 'b', 'c', 'd']
print(data[i], data[i:], list(range(i)), divmod(Index(7), i), 'ab' * i)
print(i.to_bytes(2, 'big'), f"{i:04d}", format(i, 'x'), "%d|%5d" % (i, i), hex(i), bin(i))
print(sum([Index(1), Index(2)]), max(Index(3), 4), sorted([Index(3), Index(1), 2]))
print(int.__add__(i, 3), int.__mul__(i, i), int.__add__(i, 'x'))
