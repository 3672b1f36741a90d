import asyncio


async def broken():
    await asyncio.sleep(0.001)
    raise ArithmeticError("bad sum")


async def main():
    try:
        await asyncio.wait_for(broken(), timeout=1)
    except ArithmeticError as e:
        print("propagated:", repr(e))
    results = []
    for t in (0.001, 0.05):
        try:
            results.append(await asyncio.wait_for(asyncio.sleep(0.02, "late"), t))
        except asyncio.TimeoutError:
            results.append("timeout")
    print(results)


asyncio.run(main())
