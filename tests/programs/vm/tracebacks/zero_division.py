# An uncaught exception prints CPython 3.11's traceback with markers.
def average(values):
    return sum(values) / len(values)


def report(data):
    return {"mean": average(data)}


print(report([1, 2, 3]))
print(report([]))
