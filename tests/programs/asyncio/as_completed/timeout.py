import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(fetch("quick", 0.001)), asyncio.create_task(fetch("never", 1))]
    got = []
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.05):
            got.append(await fut)
    except asyncio.TimeoutError:
        print("timed out after", got)
    print("the slow task still runs:", not tasks[1].done())
    tasks[1].cancel()


asyncio.run(main())
