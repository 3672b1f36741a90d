# `x in range(...)`: exact ints and bools are tested arithmetically, even
# for ranges far past a machine integer; anything else is compared with
# each value in turn, as CPython does.
r = range(0, 10)
print(5 in r, 5.0 in r, 5.5 in r, True in r, False in range(1, 3), 10 in r)
print((1 << 100) in range(1 << 101), (1 << 100) + 1 in range(0, 1 << 101, 2))
print(-3 in range(0, -10, -3), -4 in range(0, -10, -3), 2.0 in range(5, 0, -1))


class MyInt(int):
    pass


class Equal:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("compared with", other)
        return other == self.n


print(MyInt(3) in range(5), Equal(2) in range(4), Equal(9) in range(2))
print(complex(3, 0) in range(5), "3" in range(5), None in range(3))
