import asyncio


async def stage(name, wait_for, signal, log):
    if wait_for is not None:
        await wait_for.wait()
    log.append(name)
    signal.set()
    return name


async def main():
    log = []
    events = [asyncio.Event() for _ in range(4)]
    async with asyncio.TaskGroup() as tg:
        tasks = [
            tg.create_task(stage("third", events[1], events[2], log)),
            tg.create_task(stage("first", None, events[0], log)),
            tg.create_task(stage("fourth", events[2], events[3], log)),
            tg.create_task(stage("second", events[0], events[1], log)),
        ]
    print(log)
    print([t.result() for t in tasks])


asyncio.run(main())
