# suppress, closing, nullcontext and ContextDecorator.
from contextlib import suppress, closing, nullcontext, ContextDecorator

with suppress(KeyError, IndexError):
    [][0]
print("suppressed IndexError")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("ValueError passes", e)
with suppress():
    pass
print("empty suppress is fine")

class Connection:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)

with closing(Connection("db")) as conn:
    print("using", conn.name)

with nullcontext() as nothing:
    print("nullcontext gives", nothing)
with nullcontext({"k": 1}) as given:
    print("nullcontext gives", given)


class Logged(ContextDecorator):
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("start", self.label)
        return self
    def __exit__(self, *exc):
        print("end", self.label, exc[0].__name__ if exc[0] else None)
        return False

@Logged("job")
def job(x):
    print("job runs", x)
    return x + 1

print(job(1), job.__name__)
