# An unawaited coroutine still alive at exit is reported without a location.
async def job():
    pass


pending = job()
print("exiting")
