import asyncio


async def turns(n):
    """Let the loop go round `n` times."""
    for _ in range(n):
        await asyncio.sleep(0)


async def party(barrier, name, rounds, log):
    await turns(rounds)
    log.append(name + " arrives")
    index = await barrier.wait()
    log.append("%s passes (arrival %d)" % (name, index))


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    log = []
    await asyncio.gather(
        party(barrier, "a", 2, log),
        party(barrier, "b", 0, log),
        party(barrier, "c", 1, log),
    )
    for line in log:
        print(line)
    print("second round:", sorted(await asyncio.gather(*(barrier.wait() for _ in range(3)))))

    async def stuck():
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError as e:
            print("BrokenBarrierError:", e)

    t = asyncio.create_task(stuck())
    await asyncio.sleep(0)
    print("waiting:", barrier.n_waiting)
    await barrier.reset()
    await t
    await barrier.abort()
    print("broken:", barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
