# Results flow up a chain of awaits; values yielded at the bottom flow to the driver.
class Request:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        answer = yield self.what
        return answer


async def fetch(key):
    value = await Request(f"get {key}")
    return value.upper()


async def fetch_all(keys):
    out = []
    for k in keys:
        out.append(await fetch(k))
    return out


async def main():
    first = await fetch_all(["a", "b"])
    second = await fetch("c")
    return first + [second]


def drive(coro, answers):
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return e.value
        print("driver got", request)
        value = answers[request]


print(drive(main(), {"get a": "apple", "get b": "banana", "get c": "cherry"}))
