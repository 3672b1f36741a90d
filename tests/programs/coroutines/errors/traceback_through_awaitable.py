# The traceback includes an __await__ generator between coroutines.
class Failing:
    def __await__(self):
        yield "first"
        raise ConnectionError("lost")


async def request():
    return await Failing()


async def main():
    return await request()


c = main()
print(c.send(None))
c.send(None)
