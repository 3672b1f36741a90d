import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    wall = time.monotonic()
    await asyncio.sleep(0.03)
    elapsed = loop.time() - start
    print("slept at least 0.03s:", elapsed >= 0.029)
    print("loop clock is monotonic:", abs((time.monotonic() - wall) - elapsed) < 0.02)
    await asyncio.gather(asyncio.sleep(0.02), asyncio.sleep(0.02), asyncio.sleep(0.02))
    total = loop.time() - start
    print("concurrent sleeps overlap:", 0.049 <= total < 0.2)


asyncio.run(main())
