# StopIteration raised inside a coroutine becomes RuntimeError, chained.
async def bad():
    raise StopIteration("hidden")


async def main():
    try:
        await bad()
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    await bad()


main().send(None)
