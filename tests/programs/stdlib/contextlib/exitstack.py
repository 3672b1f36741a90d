# ExitStack: callbacks run last-in first-out; exceptions raised by them
# chain like nested with statements; pop_all moves them.
from contextlib import ExitStack, contextmanager

@contextmanager
def resource(name):
    print("open", name)
    yield name
    print("close", name)

with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in ("a", "b", "c")]
    stack.callback(print, "callback with", "args", sep="-")
    print("using", names)

def fail(message):
    raise ValueError(message)

try:
    with ExitStack() as stack:
        stack.callback(fail, "outer")
        stack.callback(fail, "inner")
        raise KeyError("body")
except ValueError as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(" <- ".join(chain))

with ExitStack() as stack:
    stack.push(lambda *exc: print("saw", exc[0].__name__) or True)
    raise IndexError("swallowed")
print("after swallowing")

class Manager:
    def __enter__(self):
        print("enter Manager")
        return self
    def __exit__(self, *exc):
        print("exit Manager", exc[0])
        return False

with ExitStack() as stack:
    stack.push(Manager())
    m = stack.enter_context(Manager())

def build():
    with ExitStack() as stack:
        stack.enter_context(resource("kept"))
        return stack.pop_all()

kept = build()
print("still open")
kept.close()
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print("TypeError", e)
stack = ExitStack()
stack.callback(print, "closed explicitly")
stack.close()
stack.close()
