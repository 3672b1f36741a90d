import asyncio


async def slow(delay):
    try:
        await asyncio.sleep(delay)
        return "finished after %s" % delay
    except asyncio.CancelledError:
        print("slow(%s) was cancelled by wait_for" % delay)
        raise
    finally:
        print("slow(%s) cleanup" % delay)


async def main():
    print(await asyncio.wait_for(slow(0.01), timeout=0.5))
    try:
        await asyncio.wait_for(slow(0.5), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, type(e) is TimeoutError)
        print("cause:", type(e.__cause__).__name__)
    print(await asyncio.wait_for(slow(0), timeout=None))


asyncio.run(main())
