# platform: the system and the Python version (only what is the same on
# every machine is printed).
import os
import platform

print(platform.python_version(), platform.python_version_tuple())
print(platform.system(), platform.machine() == os.uname().machine)
u = platform.uname()
print(len(u), u.system == platform.system(), u.release == platform.release())
print(platform.platform().startswith(platform.system() + "-"))
print(platform.architecture()[0])
print(os.uname().sysname, len(os.uname()))
