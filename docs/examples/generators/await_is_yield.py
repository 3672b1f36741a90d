import dis


class Ticket:
    """An awaitable: its __await__ is a generator that yields to the driver."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        answer = yield self.label
        return answer


async def fetch(name):
    reply = await Ticket(name)
    return f"{name}: {reply}"


coro = fetch("weather")
print(type(coro).__name__, "flags: coroutine =", bool(coro.cr_code.co_flags & 0x80))

# Drive the coroutine by hand, as an event loop would.
request = coro.send(None)
print("coroutine asked for", repr(request))
print("suspended in", type(coro.cr_await).__name__)
try:
    coro.send("sunny")
except StopIteration as stop:
    print("result:", stop.value)

for ins in dis.get_instructions(fetch):
    if ins.opname in ("GET_AWAITABLE", "SEND", "YIELD_VALUE", "RETURN_GENERATOR"):
        print(ins.offset, ins.opname, ins.argrepr)
