import asyncio


async def turns(n):
    """Let the loop go round `n` times."""
    for _ in range(n):
        await asyncio.sleep(0)


async def fetch(name, rounds):
    await turns(rounds)
    return "%s after %d rounds" % (name, rounds)


async def main():
    coros = [fetch("slow", 5), fetch("fast", 1), fetch("medium", 3)]
    for i, next_done in enumerate(asyncio.as_completed(coros)):
        print(i, await next_done)


asyncio.run(main())
