def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed")


for n in numbers():
    print(n)
