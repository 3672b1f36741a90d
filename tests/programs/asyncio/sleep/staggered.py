import asyncio

events = []


async def beat(name, period, count):
    for i in range(count):
        await asyncio.sleep(period)
        events.append("%s%d" % (name, i))


async def main():
    await asyncio.gather(beat("fast", 0.02, 4), beat("slow", 0.05, 2))
    print(events)


asyncio.run(main())
