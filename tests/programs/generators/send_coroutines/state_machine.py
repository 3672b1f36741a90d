# A tokenizer written as a coroutine that receives one character at a time.
def tokenizer(emit):
    while True:
        ch = yield
        if ch.isdigit():
            number = ch
            while True:
                ch = yield
                if not ch.isdigit():
                    break
                number += ch
            emit(("NUM", int(number)))
        if ch in "+-*/()":
            emit(("OP", ch))
        elif ch == ";":
            emit(("END", None))


tokens = []
t = tokenizer(tokens.append)
next(t)
for ch in "12+3*(45-6);":
    t.send(ch)
print(tokens)


def running_max():
    best = None
    try:
        while True:
            x = yield best
            if best is None or x > best:
                best = x
    except GeneratorExit:
        print("final max", best)


m = running_max()
next(m)
print([m.send(x) for x in [3, 1, 4, 1, 5, 9, 2]])
m.close()
