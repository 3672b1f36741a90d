# signal: installing handlers and delivering signals to this process.
import signal

print(repr(signal.SIGINT), int(signal.SIGTERM), signal.SIGINT.name, repr(signal.SIG_DFL), repr(signal.SIG_IGN))
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGKILL), signal.NSIG, signal.Signals(15))
print(sorted(signal.valid_signals())[:3], signal.SIGRTMIN in signal.valid_signals())

received = []
def handler(signum, frame):
    received.append((signum, type(frame).__name__))

old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(received)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(len(received), signal.getsignal(signal.SIGUSR1))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("KeyboardInterrupt again")
for bad in [lambda: signal.signal(signal.SIGKILL, handler), lambda: signal.signal(99, handler),
            lambda: signal.signal(signal.SIGUSR2, 42), lambda: signal.getsignal(0)]:
    try:
        bad()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
signal.signal(signal.SIGUSR2, lambda n, f: print("lambda got", n))
signal.raise_signal(signal.SIGUSR2)
