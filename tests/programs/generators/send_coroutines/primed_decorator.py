# A decorator that primes coroutines, and coroutines that feed each other.
def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start


@coroutine
def printer(prefix):
    while True:
        line = yield
        print(prefix, line)


@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


sink = broadcast([grep("py", printer("py:")), grep("rs", printer("rs:")), printer("all:")])
for line in ["pyrite", "rust", "python", "cars", "crustacean"]:
    sink.send(line)
sink.close()
