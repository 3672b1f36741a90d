# subprocess: failures, timeouts and bad arguments.
import subprocess

try:
    subprocess.run(["sh", "-c", "echo partial; exit 2"], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_output("exit 5", shell=True)
except subprocess.CalledProcessError as e:
    print(e, repr(e.output))
try:
    subprocess.run(["sh", "-c", "kill -9 $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(["surely-not-a-program-xyz"])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    subprocess.run(["sleep", "5"], timeout=0.2, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(e, e.timeout, e.output)
for bad in [
    lambda: subprocess.run(["true"], input=b"x", stdin=subprocess.PIPE),
    lambda: subprocess.run(["true"], capture_output=True, stdout=subprocess.PIPE),
    lambda: subprocess.check_output(["true"], stdout=subprocess.PIPE),
]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
r = subprocess.run(["false"])
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError), issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
