# threading: starting and joining threads, results through shared state.
import threading

results = []

def worker(n, scale=1):
    results.append(n * n * scale)

threads = [threading.Thread(target=worker, args=(i,), kwargs={"scale": 10}) for i in range(5)]
print([t.name for t in threads])
print(threads[0].is_alive(), threads[0].ident, threads[0].daemon)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), [t.is_alive() for t in threads])
print(all(isinstance(t.ident, int) for t in threads))


class Counter(threading.Thread):
    def __init__(self, label):
        super().__init__(name=label)
        self.total = 0

    def run(self):
        for i in range(100):
            self.total += i
        print("in", threading.current_thread().name, threading.current_thread() is self)


c = Counter("counting")
c.start()
c.join()
print(c.total, c.name, c.is_alive())
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.current_thread() is threading.main_thread(), threading.active_count())
print([t.name for t in threading.enumerate()])
print(threading.get_ident() == threading.main_thread().ident, isinstance(threading.get_native_id(), int))

lock = threading.Lock()
total = 0

def add(k):
    global total
    for _ in range(1000):
        with lock:
            total += k

ts = [threading.Thread(target=add, args=(k,)) for k in (1, 2, 3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)

d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon, d.name.startswith("Thread-"))
named = threading.Thread(target=print, args=("printed by a thread",), name="printer")
named.start()
named.join()
print(named.name)
