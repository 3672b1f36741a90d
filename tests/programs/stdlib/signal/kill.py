# signal with os.kill: signals sent to this process reach its handlers;
# a process that does not exist is reported.
import os
import signal
import subprocess

got = []
signal.signal(signal.SIGUSR1, lambda n, f: got.append(("usr1", n)))
os.kill(os.getpid(), signal.SIGUSR1)
os.kill(os.getpid(), 0)
print(got)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
print("ignored")
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print("ProcessLookupError", e.errno, e.strerror)
r = subprocess.run(["sh", "-c", "kill -USR1 $$; echo unreachable"], capture_output=True)
print(r.returncode, r.stdout)
