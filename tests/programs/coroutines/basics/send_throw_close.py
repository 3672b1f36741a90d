# A coroutine paused at an await accepts send, throw and close like a generator.
class Pause:
    def __await__(self):
        return (yield "paused")


async def worker():
    total = 0
    try:
        while True:
            try:
                total += await Pause()
            except ValueError as e:
                print("worker caught", e)
    finally:
        print("worker finally, total", total)


w = worker()
print(w.send(None))
print(w.send(3))
print(w.send(4))
print(w.throw(ValueError("bad input")))
print(w.send(10))
w.close()
print(w.cr_frame)

w = worker()
try:
    w.send(1)
except TypeError as e:
    print("TypeError:", e)
w.send(None)
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("escaped", e)
try:
    w.throw(KeyError("again"))
except RuntimeError as e:
    print("RuntimeError:", e)
