import asyncio
import sys


async def background():
    try:
        await asyncio.sleep(1)
    finally:
        print("background cleanup ran")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("exiting with status 3")
    sys.exit(3)


try:
    asyncio.run(main())
finally:
    print("run() let SystemExit through")
