# An exception escaping a generator carries the generator's frame in its traceback.
def parse(items):
    for item in items:
        yield int(item)


def doubled(items):
    for n in parse(items):
        yield n * 2


print(list(doubled(["1", "2"])))
print(list(doubled(["3", "x"])))
