# break, continue and return through finally blocks.
def f():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "end"


print(f())


def g():
    try:
        return "from try"
    finally:
        print("cleanup in g")


def h():
    try:
        raise ValueError("x")
    finally:
        return "finally wins"


print(g(), h())


def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    else:
        print("no else")
    finally:
        print("outer finally")


nested()
i = 0
while i < 3:
    try:
        i += 1
        if i == 2:
            continue
    finally:
        print("loop finally", i)
else:
    print("while else")
