import asyncio


async def party(barrier, name, delay, log):
    await asyncio.sleep(delay)
    log.append(name + " arrives")
    index = await barrier.wait()
    log.append("%s passes (arrival %d)" % (name, index))


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    log = []
    await asyncio.gather(
        party(barrier, "a", 0.02, log),
        party(barrier, "b", 0, log),
        party(barrier, "c", 0.01, log),
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
