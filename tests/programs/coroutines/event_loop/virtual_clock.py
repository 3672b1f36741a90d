# An event loop with a virtual clock: tasks sleep, wake in time order, and wait on each other.
class Sleep:
    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        yield ("sleep", self.delay)


class Join:
    def __init__(self, task):
        self.task = task

    def __await__(self):
        if not self.task.done:
            yield ("join", self.task)
        return self.task.result


class Task:
    def __init__(self, name, coro):
        self.name, self.coro = name, coro
        self.done, self.result, self.waiters = False, None, []


class Loop:
    def __init__(self):
        self.now = 0
        self.timers = []
        self.seq = 0

    def schedule(self, when, task, value=None):
        self.timers.append((when, self.seq, task, value))
        self.seq += 1
        self.timers.sort(key=lambda t: (t[0], t[1]))

    def spawn(self, name, coro):
        task = Task(name, coro)
        self.schedule(self.now, task)
        return task

    def run(self):
        while self.timers:
            when, _, task, value = self.timers.pop(0)
            self.now = when
            try:
                request = task.coro.send(value)
            except StopIteration as e:
                task.done, task.result = True, e.value
                print(f"t={self.now}: {task.name} done -> {e.value!r}")
                for waiter in task.waiters:
                    self.schedule(self.now, waiter, e.value)
                continue
            kind, arg = request
            if kind == "sleep":
                self.schedule(self.now + arg, task)
            else:
                arg.waiters.append(task)


loop = Loop()


async def sensor(name, period, count):
    readings = []
    for i in range(count):
        await Sleep(period)
        print(f"t={loop.now}: {name} reading {i}")
        readings.append(loop.now)
    return readings


async def collector():
    a = loop.spawn("fast", sensor("fast", 2, 3))
    b = loop.spawn("slow", sensor("slow", 5, 2))
    first = await Join(b)
    second = await Join(a)
    return first + second


loop.spawn("collector", collector())
loop.run()
