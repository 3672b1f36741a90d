# A delegate with its own throw() receives the arguments as given.
class Delegate:
    def __iter__(self):
        return self

    def __next__(self):
        return "delegate value"

    def throw(self, *args):
        print("Delegate.throw got", len(args), "argument(s):", [type(a).__name__ for a in args])
        if isinstance(args[0], type) and issubclass(args[0], KeyError):
            return "delegate swallowed"
        raise StopIteration("delegate done")


def wrapper():
    result = yield from Delegate()
    print("wrapper got", result)
    yield "after delegate"


g = wrapper()
print(next(g))
print(g.throw(KeyError))
print(g.throw(ValueError("v")))


class NoThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return 1


def over_no_throw():
    try:
        yield from NoThrow()
    except ValueError as e:
        print("raised in the delegating generator:", e)
        yield "caught"


g = over_no_throw()
print(next(g))
print(g.throw(ValueError("x")))
