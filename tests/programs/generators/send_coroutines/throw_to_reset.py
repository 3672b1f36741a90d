# throw() as an out-of-band signal to a coroutine.
class Reset(Exception):
    pass


def counter():
    count = 0
    while True:
        try:
            step = yield count
            count += step or 1
        except Reset:
            print("reset at", count)
            count = 0


c = counter()
print(next(c))
print(c.send(5))
print(c.send(None))
print(c.throw(Reset))
print(c.send(2))
print(c.throw(Reset()))
try:
    c.throw(ZeroDivisionError("stop"))
except ZeroDivisionError as e:
    print("counter died with", e)
print(c.gi_frame)
try:
    next(c)
except StopIteration:
    print("finished")
