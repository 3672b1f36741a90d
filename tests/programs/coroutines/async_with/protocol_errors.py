# Objects that are not asynchronous context managers.
class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class EnterOnly:
    async def __aenter__(self):
        return self


class NotAwaitableEnter:
    def __aenter__(self):
        return 5

    def __aexit__(self, *a):
        return 6


class NotAwaitableExit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return None


async def main():
    for obj in [SyncOnly(), EnterOnly(), NotAwaitableEnter(), NotAwaitableExit(), 3]:
        try:
            async with obj:
                print("inside with", type(obj).__name__)
        except TypeError as e:
            print("TypeError:", e)


try:
    main().send(None)
except StopIteration:
    print("finished")
