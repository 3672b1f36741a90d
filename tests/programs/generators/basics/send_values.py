# send() resumes the generator and makes the paused yield evaluate to a value.
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received


g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

g = echo()
try:
    g.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(next(g))
print(g.send(1))
