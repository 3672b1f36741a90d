# Chains of coroutines awaiting one another, driven by hand with send()
# the way an event loop does, without asyncio: a recursive await chain,
# an awaitable object with __await__, and a driver that resumes suspended
# coroutines until they return.
import sys

ITERATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 2


class Suspend:
    """An awaitable that suspends its awaiter once, yielding a request."""

    def __init__(self, request):
        self.request = request

    def __await__(self):
        reply = yield self.request
        return reply


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


async def worker(name, steps):
    total = 0
    for step in range(steps):
        total += await Suspend((name, step))
        total += await fibonacci(step % 8)
    return total


def drive(coroutines):
    """Round-robin: send each suspended coroutine a reply to its request."""
    results = {}
    pending = [(name, coroutine, None) for name, coroutine in coroutines]
    switches = 0
    while pending:
        ready = []
        for name, coroutine, reply in pending:
            try:
                request = coroutine.send(reply)
            except StopIteration as stop:
                results[name] = stop.value
                continue
            switches += 1
            ready.append((name, coroutine, request[1] * 2))
        pending = ready
    return results, switches


for _ in range(ITERATIONS):
    results, switches = drive([("w%d" % i, worker("w%d" % i, 40 + i)) for i in range(20)])
print(sorted(results.items())[:4])
print(sum(results.values()), switches)
