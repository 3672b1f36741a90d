# queue: FIFO, LIFO and priority order, maxsize and Full, Empty on
# non-blocking and timed gets, task_done/join, SimpleQueue.
import queue

fifo = queue.Queue()
lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for item in [3, 1, 2]:
    fifo.put(item)
    lifo.put(item)
    prio.put((item, "job%d" % item))
print([fifo.get() for _ in range(3)], [lifo.get() for _ in range(3)], [prio.get() for _ in range(3)])
print(fifo.empty(), fifo.qsize(), fifo.full())

small = queue.Queue(maxsize=2)
small.put("a")
small.put_nowait("b")
print(small.full(), small.qsize())
for action in [lambda: small.put_nowait("c"), lambda: small.put("c", timeout=0),
               lambda: small.put("c", block=False)]:
    try:
        action()
    except queue.Full as e:
        print("Full", repr(e))
print(small.get(), small.get_nowait())
for action in [small.get_nowait, lambda: small.get(timeout=0), lambda: small.get(False)]:
    try:
        action()
    except queue.Empty as e:
        print("Empty", repr(e), isinstance(e, Exception))
try:
    small.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

work = queue.Queue()
work.put(1)
work.put(2)
print(work.unfinished_tasks)
work.get()
work.task_done()
work.get()
work.task_done()
work.join()
try:
    work.task_done()
except ValueError as e:
    print("ValueError:", e)

simple = queue.SimpleQueue()
simple.put("x")
simple.put_nowait("y")
print(simple.qsize(), simple.get(), simple.get_nowait(), simple.empty())
try:
    simple.get(block=False)
except queue.Empty:
    print("Empty")
print(queue.Queue[int], queue.Empty.__mro__[1])
