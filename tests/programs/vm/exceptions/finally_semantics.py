# finally with return/break/raise, exceptions replacing exceptions,
# exception variables cleared after except.
def swallow():
    for _ in range(3):
        try:
            raise ValueError("lost")
        finally:
            break
    return "swallowed"


def override():
    try:
        raise KeyError("first")
    finally:
        try:
            raise ValueError("second")
        except ValueError as e:
            print("inner handled", e)


print(swallow())
try:
    override()
except KeyError as e:
    print("still first:", e)
try:
    try:
        raise ValueError("a")
    finally:
        print("cleanup a")
except ValueError:
    print("caught a")
err = "before"
try:
    raise RuntimeError("x")
except RuntimeError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)


def count_finally():
    log = []
    for i in range(3):
        try:
            if i == 1:
                continue
            log.append(i)
        finally:
            log.append("f")
    return log


print(count_finally())
