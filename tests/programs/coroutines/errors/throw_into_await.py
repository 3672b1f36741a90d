# throw() into a coroutine is delivered at the innermost await.
class Wait:
    def __await__(self):
        try:
            yield "waiting"
        except TimeoutError:
            print("Wait.__await__ saw the TimeoutError")
            raise


async def inner():
    try:
        await Wait()
    finally:
        print("inner finally")


async def outer():
    try:
        await inner()
    except TimeoutError as e:
        print("outer caught", repr(e))
        return "timed out"


c = outer()
print(c.send(None))
try:
    c.throw(TimeoutError("too slow"))
except StopIteration as e:
    print("result:", e.value)
c = outer()
c.send(None)
c.throw(TimeoutError)
