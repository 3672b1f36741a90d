# threading: waits with a timeout give up after it; a thread whose wait
# can never end stays blocked (alive) while the program goes on.
import queue
import threading

print(threading.Event().wait(0.01))
q = queue.Queue()
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty")
try:
    queue.Queue(maxsize=1).put_nowait(1) or q.put(1, block=False)
    print("put without waiting")
except queue.Full:
    print("Full")
full = queue.Queue(maxsize=1)
full.put("x")
try:
    full.put("y", timeout=0.01)
except queue.Full:
    print("Full")
lock = threading.Lock()
lock.acquire()
print(lock.acquire(timeout=0.01), lock.acquire(blocking=False))


def blocked(wait):
    box = []

    def run():
        wait()
        box.append("returned")

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(0.05)
    print(box or "still waiting", t.is_alive())


blocked(lambda: threading.Event().wait())
blocked(lambda: queue.Queue().get())
blocked(lambda: lock.acquire())
blocked(lambda: threading.Barrier(2).wait())
print("done")
