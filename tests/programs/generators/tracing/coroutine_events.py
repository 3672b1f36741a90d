# A coroutine chain driven by send(None), as an event loop drives it: each
# resumption of each frame in the chain reports 'call', each suspension
# 'return'.
import sys


def show(frame, event, arg):
    name = frame.f_code.co_name
    if name in ('leaf', 'middle', 'top', 'run', '__await__'):
        where = frame.f_lineno - frame.f_code.co_firstlineno
        if event == 'exception':
            arg = (arg[0].__name__, arg[1].args)
        print(f'  {event:<9} {name}+{where} {arg!r}')
    return show


class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got


async def leaf(n):
    total = 0
    for i in range(n):
        total += await Suspend(i)
    return total


async def middle():
    a = await leaf(2)
    b = await leaf(1)
    return a + b


async def top():
    return await middle() * 10


def run(coro):
    sent = None
    while True:
        try:
            tag = coro.send(sent)
        except StopIteration as stop:
            return stop.value
        print('loop saw', tag)
        sent = tag + 100


sys.settrace(show)
print('result', run(top()))
sys.settrace(None)
