# An exception raised deep in an await chain, uncaught: the traceback shows every coroutine.
async def parse(text):
    return int(text)


async def load(items):
    return [await parse(t) for t in items]


async def main():
    print(await load(["1", "2"]))
    await load(["3", "four"])


main().send(None)
