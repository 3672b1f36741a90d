# Values beyond 64 bits keep working in an int subclass.
class Big(int):
    pass

b = Big(10 ** 30)
print(b, b + 1, type(b).__name__, type(b + 1).__name__, b > 10 ** 29, hash(b) == hash(10 ** 30))
print(b // 10 ** 28, b % 7, -b, Big(-2 ** 70), int(b) == 10 ** 30, str(Big(2 ** 64)))
