# Coroutines are awaitable, not iterable.
async def coro():
    return 1


c = coro()
for attempt in [lambda: next(c), lambda: iter(c), lambda: list(c), lambda: [*c], lambda: c.__next__]:
    try:
        attempt()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper finished with", e.value)
try:
    next(w)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = coro()
c2.close()
print(c2.cr_frame)
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
