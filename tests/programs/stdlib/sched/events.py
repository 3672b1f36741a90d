# sched: events run in time order, then priority, then entry order.
import sched

now = [0.0]
def clock():
    return now[0]
def sleep(d):
    now[0] += d

s = sched.scheduler(clock, sleep)
log = []
def act(name, *extra, **kw):
    log.append((clock(), name, extra, kw))

s.enter(5, 1, act, ("five",))
e = s.enter(2, 1, act, ("two",))
s.enter(2, 0, act, ("two-first",), {"k": 1})
s.enterabs(1, 1, act, argument=("abs-one", "x"))
s.enter(3, 1, act, ("cancelled",))
print([ev.argument[0] for ev in s.queue])
s.cancel(s.queue[-2])
print(s.empty(), len(s.queue))
print(s.run(blocking=False), log)
s.run()
for entry in log:
    print(entry)
print(s.empty(), now[0])
try:
    s.cancel(e)
except ValueError as exc:
    print("ValueError")
ev = s.enterabs(10, 2, print, ("late",))
print(ev.time, ev.priority, ev.action is print, ev.kwargs)
s.run()
