# The clocks: types, monotonicity, units, and sleep's minimum duration.
import time

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    value = getattr(time, name)()
    print(name, type(value).__name__, value >= 0)
for name in ["time_ns", "monotonic_ns", "perf_counter_ns", "process_time_ns"]:
    value = getattr(time, name)()
    print(name, type(value).__name__, value >= 0)

t0 = time.monotonic()
p0 = time.perf_counter_ns()
time.sleep(0.02)
t1 = time.monotonic()
p1 = time.perf_counter_ns()
print("monotonic advanced", t1 - t0 >= 0.02)
print("perf_counter_ns advanced", p1 - p0 >= 20_000_000)
time.sleep(0)
time.sleep(False)
print("ns and seconds agree", abs(time.time_ns() / 1e9 - time.time()) < 1.0)
print("after 2001", time.time() > 978307200)

# CPU time grows with work, not with sleeping.
c0 = time.process_time()
total = 0
for i in range(200000):
    total += i
print(total, time.process_time() >= c0)

for bad in [-1, -0.5, "1", None, float("nan"), 1e300]:
    try:
        time.sleep(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
for call in [lambda: time.sleep(), lambda: time.sleep(1, 2), lambda: time.time(1),
             lambda: time.sleep(secs=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

for name in ["time", "monotonic", "perf_counter"]:
    print(name, time.get_clock_info(name))
info = time.get_clock_info("process_time")
print("process_time", info.monotonic, info.adjustable, info.resolution > 0)
for bad in ["nope", 3]:
    try:
        time.get_clock_info(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
