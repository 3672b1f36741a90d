# What async for requires, and how errors from __anext__ propagate.
class NoANext:
    def __aiter__(self):
        return 1


class SyncANext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return "not awaitable"


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("anext failed")


async def main():
    for obj in [[1, 2], NoANext(), SyncANext()]:
        try:
            async for x in obj:
                pass
        except TypeError as e:
            print("TypeError:", e)
            if e.__cause__ is not None:
                print("  cause:", type(e.__cause__).__name__, e.__cause__)
    try:
        async for x in Failing():
            pass
    except ValueError as e:
        print("ValueError:", e)


try:
    main().send(None)
except StopIteration:
    print("finished")
