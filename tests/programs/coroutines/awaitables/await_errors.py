# CPython's messages for things that cannot be awaited.
class NoAwait:
    pass


class NonIterator:
    def __await__(self):
        return 7


class ListAwait:
    def __await__(self):
        return [1, 2]


class CoroAwait:
    def __await__(self):
        return helper()


async def helper():
    return 0


async def try_await(obj):
    try:
        await obj
    except TypeError as e:
        print("TypeError:", e)


for obj in [1, "s", None, NoAwait(), NonIterator(), ListAwait(), CoroAwait(), [1]]:
    try:
        try_await(obj).send(None)
    except StopIteration:
        pass
