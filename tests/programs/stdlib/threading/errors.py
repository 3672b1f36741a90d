# threading: misuse errors, exceptions inside threads, and excepthook.
import threading

def attempt(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

t = threading.Thread(target=lambda: None)
attempt(t.join)
t.start()
attempt(t.start)
t.join()
attempt(lambda: setattr(t, "daemon", True))
attempt(lambda: threading.current_thread().join())
attempt(lambda: threading.Thread(group=1))

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook

def boom():
    raise ValueError("boom in thread")

t = threading.Thread(target=boom, name="failing")
t.start()
t.join()
print(seen, t.is_alive())
threading.excepthook = threading.__excepthook__

class NoInit(threading.Thread):
    def __init__(self):
        pass

attempt(lambda: NoInit().start())
print(repr(threading.Thread(name="fresh")))
