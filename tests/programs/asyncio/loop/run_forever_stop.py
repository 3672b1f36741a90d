import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
count = 0


def tick():
    global count
    count += 1
    print("tick", count)
    if count == 3:
        loop.stop()
    else:
        loop.call_later(0.001, tick)


loop.call_soon(tick)
loop.run_forever()
print("stopped after", count)
loop.call_soon(print, "runs on the next run_forever")
loop.call_soon(loop.stop)
loop.call_soon(print, "same turn as stop")
loop.call_soon(lambda: loop.call_soon(print, "next turn, after stop"))
loop.run_forever()
print("second run ended")
loop.run_until_complete(asyncio.sleep(0))
print(asyncio.get_event_loop() is loop)
asyncio.set_event_loop(None)
loop.close()
