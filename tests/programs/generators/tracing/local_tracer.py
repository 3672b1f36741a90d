# A trace function answering None keeps the frame's local trace function
# as it was, for 'call' (a generator resumed) and 'line' events alike.
import sys

calls = 0


def local(frame, event, arg):
    print('    local', event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
    return None


def global_tracer(frame, event, arg):
    global calls
    calls += 1
    print('  global', event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
    return local if calls < 3 else None


def gen():
    yield 1
    x = 2
    yield x


def plain():
    a = 1
    b = 2
    return a + b


def main():
    it = gen()
    print(next(it))
    print(next(it))
    print(plain())
    it.close()


sys.settrace(global_tracer)
main()
sys.settrace(None)
print('calls', calls)
