# getpass: the user's name comes from the environment first.
import getpass
import os

os.environ["LOGNAME"] = "pyrite-user"
print(getpass.getuser())
del os.environ["LOGNAME"]
os.environ["USER"] = "second-choice"
print(getpass.getuser())
print(issubclass(getpass.GetPassWarning, UserWarning))
