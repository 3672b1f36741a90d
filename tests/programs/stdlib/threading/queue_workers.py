# threading with queue: producer/consumer and a pool of workers.
import queue
import threading

q = queue.Queue()
consumed = []

def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        consumed.append(item * 2)
        q.task_done()

def producer():
    for i in range(5):
        q.put(i)
    q.put(None)

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(consumed, q.empty(), c.is_alive())

tasks = queue.Queue()
done = []

def worker():
    while True:
        n = tasks.get()
        done.append(n * n)
        tasks.task_done()

for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()
for n in range(10):
    tasks.put(n)
tasks.join()
print(sorted(done))

bounded = queue.Queue(maxsize=2)
out = []
def drain():
    for _ in range(4):
        out.append(bounded.get())
threading.Thread(target=drain).start()
for i in range(4):
    bounded.put(i)
print("all put")
