# throw() and close() into a chain of yield from, with the chain having
# been advanced by a for loop and by next() in between.
def leaf(log):
    try:
        while True:
            try:
                v = yield "leaf"
                log.append(("leaf got", v))
            except KeyError as e:
                log.append(("leaf caught", e.args[0]))
                yield "leaf recovered"
    finally:
        log.append("leaf finally")


def middle(log):
    try:
        r = yield from leaf(log)
        log.append(("middle result", r))
    finally:
        log.append("middle finally")


def top(log):
    yield from middle(log)


log = []
g = top(log)
for i, v in zip(range(2), g):
    print(i, v)
print(g.send("hello"))
print(g.throw(KeyError("k")))
print(next(g))
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("escaped:", e)
print(g.gi_frame, log)

log = []
g = top(log)
next(g)
g.close()
print(log)


def watcher():
    while True:
        try:
            yield
        except GeneratorExit:
            print("watcher closing")
            raise


def runs_watcher():
    w = watcher()
    next(w)
    for i in range(3):
        w.send(i)
    yield w


w = next(runs_watcher())
w.close()
print(w.gi_frame)
