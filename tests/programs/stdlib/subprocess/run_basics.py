# subprocess: running programs and collecting their output.
import os
import subprocess
import sys

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r.returncode, r.stdout, r.stderr, r.args)
print(repr(r))
r = subprocess.run("echo from the shell; echo oops >&2; exit 3", shell=True, capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run(["cat"], input=b"piped input\n", capture_output=True)
print(r.stdout)
r = subprocess.run(["tr", "a-z", "A-Z"], input="shout\n", stdout=subprocess.PIPE, text=True)
print(repr(r.stdout), r.stderr)
print(subprocess.check_output(["printf", "%s-%s", "a", "b"]))
print(subprocess.check_output("echo out; echo err >&2", shell=True, stderr=subprocess.STDOUT, text=True))
print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.check_call(["true"]))
print(subprocess.run(["sh", "-c", "echo $PYRITE_SUB_VAR"], env={"PYRITE_SUB_VAR": "from env", "PATH": os.environ["PATH"]}, capture_output=True, text=True).stdout)
print(subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout)
print(subprocess.run(["sh", "-c", "echo quiet"], stdout=subprocess.DEVNULL).stdout)
print(subprocess.getoutput("echo one; echo two"), subprocess.getstatusoutput("exit 4"))
p = subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("line\n")
print(repr(out), err, p.returncode, p.poll(), p.wait())
with subprocess.Popen(["echo", "streamed"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read(), p.wait())
p = subprocess.Popen(["sh", "-c", "exit 7"])
print(p.wait(), p.returncode)
r = subprocess.run(["sh", "-c", "kill -TERM $$"])
print(r.returncode)
r = subprocess.run([sys.executable, "-c", "print(6 * 7)"], capture_output=True, text=True)
print(r.stdout.strip(), r.returncode)
