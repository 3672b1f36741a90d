# Misuses of the generator protocol and their messages.
def gen():
    yield 1


g = gen()
for thunk in [
    lambda: g.send(),
    lambda: g.send(1, 2),
    lambda: g.send("x"),
    lambda: g.close(1),
    lambda: g.throw(),
]:
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)
print(next(g))
try:
    g.send(5)
except StopIteration as e:
    print("StopIteration", e.args)
print(g.send(5) if False else "finished generators ignore sends:")
try:
    g.send(5)
except StopIteration:
    print("StopIteration again")
try:
    iter(gen()).__next__(1)
except TypeError as e:
    print("TypeError:", e)
