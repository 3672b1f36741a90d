# cr_frame, cr_code, cr_running, cr_await, cr_suspended, cr_origin.
class Suspend:
    def __await__(self):
        value = yield "suspended"
        return value


async def leaf():
    return await Suspend()


async def root():
    print("running inside:", me.cr_running)
    return await leaf()


me = root()
print(me.cr_running, me.cr_suspended, me.cr_await, me.cr_origin)
print(me.cr_code is root.__code__, me.cr_frame.f_code.co_name)
print(me.send(None))
print(me.cr_suspended, type(me.cr_await).__name__, me.cr_await.cr_await is not None)
print(type(me.cr_await.cr_await).__name__)
print(me.cr_frame.f_lineno)
try:
    me.send("result")
except StopIteration as e:
    print("result:", e.value)
print(me.cr_frame, me.cr_await, me.cr_suspended)
