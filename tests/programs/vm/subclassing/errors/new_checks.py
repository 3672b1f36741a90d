# The built-in __new__ checks its class argument.
class L(list):
    pass

for call in (lambda: int.__new__(str, 1), lambda: list.__new__(dict), lambda: tuple.__new__(5),
             lambda: object.__new__(L), lambda: str.__new__(int)):
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
print(list.__new__(L), type(list.__new__(L)).__name__, int.__new__(int, '7'))
