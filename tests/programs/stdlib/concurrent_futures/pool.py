# concurrent.futures: thread pools, futures, map, as_completed and wait.
import concurrent.futures as cf
import threading

def square(n):
    return n * n

def fail(n):
    raise ValueError(f"bad {n}")

with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fut = ex.submit(square, 7)
    print(fut.result(), fut.done(), fut.cancelled(), fut.exception())
    print(list(ex.map(square, range(6))))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    futures = [ex.submit(square, i) for i in range(5)]
    print(sorted(f.result() for f in cf.as_completed(futures)))
    done, not_done = cf.wait(futures)
    print(len(done), len(not_done))
    bad = ex.submit(fail, 1)
    print(type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except ValueError as e:
        print("ValueError", e)
    names = list(ex.map(lambda _: threading.current_thread().name, range(4)))
    print(all(n.startswith("ThreadPoolExecutor-") for n in names))
    seen = []
    f = ex.submit(square, 3)
    f.add_done_callback(lambda fut: seen.append(fut.result()))
    f.result()
    print(seen)
    f.add_done_callback(lambda fut: seen.append("late"))
    print(seen)

try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)

pending = cf.Future()
print(pending.done(), pending.running(), pending.cancel(), pending.cancelled())
try:
    pending.result()
except cf.CancelledError:
    print("CancelledError")
manual = cf.Future()
manual.set_result(42)
print(manual.result(), manual.done())
try:
    manual.set_result(1)
except cf.InvalidStateError:
    print("InvalidStateError")
r = cf.Future()
r.set_running_or_notify_cancel()
print(r.running(), r.cancel())
try:
    r.result(timeout=0.01)
except cf.TimeoutError:
    print("TimeoutError", cf.TimeoutError is TimeoutError)

with cf.ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(square, n) for n in (1, 2)] + [ex.submit(fail, 3)]
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print(len(done) >= 1, any(f.exception() for f in done))
try:
    cf.ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError", e)
with cf.ProcessPoolExecutor() as ex:
    print(list(ex.map(square, [4, 5])))
