# threading: locks, conditions, semaphores, events, barriers, timers, local.
import threading

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)

r = threading.RLock()
with r:
    with r:
        print("nested rlock")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

ev = threading.Event()
log = []

def waiter(name):
    log.append(name + " waiting")
    ev.wait()
    log.append(name + " released")

ws = [threading.Thread(target=waiter, args=(n,)) for n in ("a", "b")]
for w in ws:
    w.start()
def setter():
    log.append("setting")
    ev.set()
s = threading.Thread(target=setter)
s.start()
for t in ws + [s]:
    t.join()
print(sorted(log), ev.is_set())
ev.clear()
print(ev.is_set(), ev.wait(0.01))

cond = threading.Condition()
items = []

def consumer():
    with cond:
        cond.wait_for(lambda: items)
        print("consumed", items.pop())

def producer():
    with cond:
        items.append("item")
        cond.notify()

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError", e)

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(2)
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError", e)

arrived = []
barrier = threading.Barrier(3, action=lambda: arrived.append("all here"))
def meet(i):
    arrived.append(i)
    idx = barrier.wait()
    arrived.append(("after", idx in (0, 1, 2)))
bs = [threading.Thread(target=meet, args=(i,)) for i in range(3)]
for t in bs:
    t.start()
for t in bs:
    t.join()
print(sorted(map(str, arrived)), barrier.n_waiting, barrier.broken, barrier.parties)

fired = []
t = threading.Timer(0.01, fired.append, args=["fired"])
t.start()
t.join()
t2 = threading.Timer(10, fired.append, args=["never"])
t2.start()
t2.cancel()
t2.join()
print(fired)

data = threading.local()
data.x = "main"
def show():
    print("thread sees x:", hasattr(data, "x"))
    data.x = "thread"
t = threading.Thread(target=show)
t.start()
t.join()
print("main sees x:", data.x)

class Config(threading.local):
    def __init__(self, level):
        self.level = level
cfg = Config(3)
cfg.level = 5
def show_cfg():
    print("thread level", cfg.level)
t = threading.Thread(target=show_cfg)
t.start()
t.join()
print("main level", cfg.level)
