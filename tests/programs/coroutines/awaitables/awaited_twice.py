# A coroutine can be awaited once, and not by two awaiters at the same time.
class Pause:
    def __await__(self):
        yield


async def slow():
    await Pause()
    return "slow result"


async def waiter(c):
    return await c


shared = slow()
first = waiter(shared)
first.send(None)
second = waiter(shared)
try:
    second.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    first.send(None)
except StopIteration as e:
    print("first got", e.value)
third = waiter(shared)
try:
    third.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
