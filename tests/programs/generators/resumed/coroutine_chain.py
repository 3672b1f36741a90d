# await chains resumed by SEND in the loop: values in, exceptions out,
# and tracebacks through each coroutine (and the generator an
# __await__ method returns).
class suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        if isinstance(got, BaseException):
            raise got
        return got


async def leaf(n):
    total = 0
    for i in range(n):
        total += await suspend(("leaf", i))
    return total


async def middle():
    a = await leaf(2)
    b = await leaf(1)
    return a + b


async def failing():
    await suspend("before")
    raise LookupError("deep")


async def wraps_failure():
    try:
        await failing()
    except LookupError as e:
        print("middle saw", e)
        raise RuntimeError("wrapped") from e


def frames(exc):
    tb = exc.__traceback__
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def run(coro, sends):
    out = [coro.send(None)]
    try:
        for s in sends:
            out.append(coro.send(s))
    except StopIteration as e:
        out.append(("result", e.value))
    return out


print(run(middle(), [10, 20, 30, 40]))
c = wraps_failure()
print(c.send(None))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e, frames(e), "from", frames(e.__cause__))
c = middle()
c.send(None)
try:
    c.send(KeyError("thrown in"))
except KeyError as e:
    print("KeyError", e, frames(e))
print(c.cr_frame, c.cr_running)


async def main():
    return await middle()


c = main()
c.send(None)
c.send(1)
c.send(2)
c.send(LookupError("uncaught"))
