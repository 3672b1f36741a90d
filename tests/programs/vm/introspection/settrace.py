# sys.settrace: call, line, return and exception events.
import sys

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("tracer", "<module>"):
        return None
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg if event == "return" else None))
    return tracer


def square(n):
    result = n * n
    return result


def loop(k):
    total = 0
    for i in range(k):
        total += square(i)
    return total


def fails():
    raise ValueError("boom")


sys.settrace(tracer)
loop(2)
try:
    fails()
except ValueError:
    pass
sys.settrace(None)
for e in events:
    print(e[0], e[1], e[2], e[3] if e[0] == "return" else "")
print(sys.gettrace())
