def check(x):
    assert x > 0, f"{x} is not positive"
    return x


print(check(1))
try:
    check(-5)
except AssertionError as e:
    print("caught:", e)
assert 1 == 1
assert [], "empty list is falsy"
