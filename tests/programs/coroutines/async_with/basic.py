# async with awaits __aenter__ and __aexit__, and __aexit__ may swallow exceptions.
class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        print("enter", self.name)
        return f"<{self.name}>"

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow


async def main():
    async with Manager("plain") as value:
        print("body with", value)
    async with Manager("quiet", swallow=True):
        raise ValueError("swallowed")
    print("after quiet")
    try:
        async with Manager("loud"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", repr(e))
    async with Manager("outer") as a, Manager("inner") as b:
        print("nested", a, b)
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            print("loop body", i)
    return "done"


try:
    main().send(None)
except StopIteration as e:
    print(e.value)
